/* "Можливо, ви мали на увазі …" on the search page: the closest of the chronicle's own words to a
   query word that no page begins with. A module that search.js imports only when a query finds
   fewer than three pages, with pagefind/words.txt (chronicle/suggest.py: the names and aliases of
   actors, places and topics, then the words of titles; one a line, names first).

   - A query word is left as it is when a listed word begins with its stem (as Pagefind matches
     it), and when it is a function word or shorter than three letters.
   - Otherwise the closest listed word by edit distance (optimal string alignment: insertions,
     deletions, substitutions and a swap of two neighbours, "Рябокв" → "Рябков", each one edit),
     compared lowercased, without apostrophes, in Unicode's NFC: at most one edit for a word of
     three to five letters, two for a longer one (Elasticsearch's fuzziness AUTO). The whole word
     is compared, and its stem with the listed word's stem ("Брюселем" is one edit from
     "Брюссель" so); the suggestion is the listed word as written.
   - Of equally close words, a whole word's match before a stem's, then the first listed.
   search.js searches each suggestion and shows only those that find more pages. */

var APOSTROPHES = /['’‘ʼʹ`´′]/g;

function fold(word) {
  return word.normalize("NFC").toLowerCase().replace(APOSTROPHES, "");
}

// The edit distance of a and b, or max + 1 as soon as it is over max (optimal string alignment).
function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  var before = [], previous = [], i, j;
  for (j = 0; j <= b.length; j++) previous[j] = j;
  for (i = 1; i <= a.length; i++) {
    var row = [i], least = i;
    for (j = 1; j <= b.length; j++) {
      var d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length], max + 1);
}

// The edits a word of this many letters may be away from a suggestion.
function allowed(length) {
  return length <= 5 ? 1 : 2;
}

// The suggester of a list (words.txt's text: names, an empty line, titles' words): a function
// from a query to up to three corrected queries, best first ([] when every word is known or
// nothing is close); with namesOnly, corrected by names only (for a query that found a page: its
// words are all on some page). stem: search.js's; stop: its function words; key(query): what a
// query searches (its words, stemmed), so that two suggestions that search the same are one.
function suggester(text, stem, stop, key) {
  var lines = text.split("\n"), names = lines.indexOf("");
  var entries = lines.map(function (shown, index) {
    var folded = fold(shown);
    return { shown: shown, folded: folded, stem: stem(folded), name: names < 0 || index < names };
  }).filter(function (e) { return e.shown; });

  function known(word) {
    var start = stem(word);
    return entries.some(function (e) { return e.folded.lastIndexOf(start, 0) === 0; });
  }

  // The listed words close to a folded query word, best first: [{text, rank}].
  function closest(word, namesOnly) {
    var max = allowed(word.length), start = stem(word), found = [];
    entries.forEach(function (e, index) {
      if (namesOnly && !e.name) return;
      var whole = distance(word, e.folded, max), part = distance(start, e.stem, max), d = Math.min(whole, part);
      if (d <= max) found.push({ text: e.shown, rank: [d, whole <= part ? 0 : 1, index] });
    });
    return found.sort(function (x, y) {
      return x.rank[0] - y.rank[0] || x.rank[1] - y.rank[1] || x.rank[2] - y.rank[2];
    });
  }

  return function (query, namesOnly) {
    var options = [];
    query.replace(/[\p{L}\p{M}'’‘ʼʹ`´′]+/gu, function (token, at) {
      var word = fold(token);
      if (word.length >= 3 && !stop[word] && !known(word)) {
        var close = closest(word, namesOnly);
        if (close.length) options.push({ at: at, length: token.length, texts: close.map(function (c) { return c.text; }) });
      }
      return token;
    });
    if (!options.length) return [];
    // Every unknown word its best; a one-word correction its next two as well.
    var variants = [options.map(function () { return 0; })];
    if (options.length === 1) variants.push([1], [2]);
    var seen = {}, out = [];
    variants.forEach(function (choice) {
      var corrected = query, ok = true;
      for (var k = options.length - 1; k >= 0; k--) {
        var text = options[k].texts[choice[k]];
        if (text === undefined) { ok = false; break; }
        corrected = corrected.slice(0, options[k].at) + text + corrected.slice(options[k].at + options[k].length);
      }
      var id = ok && key(corrected);
      if (ok && !seen[id]) {
        seen[id] = true;
        out.push(corrected);
      }
    });
    return out;
  };
}

export { allowed, distance, fold, suggester };
