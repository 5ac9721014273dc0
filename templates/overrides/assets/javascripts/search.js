/* The search page (search/): a form and a results list over Pagefind's JavaScript API, with no
   server and nothing from another host. Loaded on that page only (main.html).

   What it reads: <div id="search" data-bundle="../pagefind/" data-stop="у в і …"> in the page
   (content/pages/search/index.md): where the Pagefind bundle lies, relative to the page, and the
   Ukrainian function words dropped from queries (chronicle.search.STOP_WORDS; each word of a
   query costs the reader an index chunk), and the case endings taken off query words
   (data-endings, data-stem-min: chronicle.search.ENDINGS, STEM_MIN; see stem() below). The
   index holds the stems a page's own names need as hidden metadata (`names`;
   chronicle/pagefind.py), weighted here like the title.

   - Nothing is downloaded before the reader searches: Pagefind is loaded on the first query, and
     only the index chunks of the words typed are fetched (no preloading while typing).
   - It searches 300 ms after the last keystroke, and at once on Enter.
   - The query is kept in the address (?q=…): the header's search box on every page submits to
     it, a search can be shared, and a reload shows the same results.
   - Editors' text reaches the page only as text: titles as textContent, and excerpts built as
     text nodes and <mark> elements from the page's plain text (Pagefind's `excerpt` string is
     HTML with only < and > escaped, so it is not used; see excerpt() below).
   - Without the index (the live preview of `chronicle serve` builds none) it says so.
   - Words of 1-2 letters are not searched, nor shown what Pagefind matched only by one; under three
     results, suggest.js offers "Можливо, ви мали на увазі …" (docs/search.md, typos). */
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) return;
  var here = document.currentScript.src;
  var PAGE = 10;
  var stop = {};
  (root.getAttribute("data-stop") || "").split(/\s+/).forEach(function (w) { if (w) stop[w] = true; });
  var bundle = new URL(root.getAttribute("data-bundle") || "../pagefind/", document.baseURI);

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var form = element("form", { role: "search", "class": "chronicle-search__form", action: "" });
  var label = element("label", { "for": "chronicle-search-query", "class": "chronicle-search__label" }, "Шукати в хроніці");
  var input = element("input", {
    id: "chronicle-search-query", type: "search", name: "q", autocomplete: "off",
    spellcheck: "false", placeholder: "Рябков, переговори в Женеві, 10 січня 2022", "class": "chronicle-search__input"
  });
  var button = element("button", { type: "submit", "class": "md-button chronicle-search__button" }, "Шукати");
  var status = element("p", { role: "status", "class": "chronicle-search__status" });
  var list = element("ol", { "class": "chronicle-search__results" });
  var more = element("button", { type: "button", "class": "md-button chronicle-search__more", hidden: "" }, "Показати ще");
  form.append(label, input, button);
  root.replaceChildren(form, status, list, more);

  // "Знайдено 1 сторінку", "… 3 сторінки", "… 5 сторінок", "… 1,5 сторінки".
  var plural = new Intl.PluralRules("uk");
  var NOUN = { one: "сторінку", few: "сторінки", many: "сторінок", other: "сторінки" };
  function found(n) { return "Знайдено " + n + " " + NOUN[plural.select(n)]; }

  var pagefind = null, merged = false;
  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (pf) {
        // Result URLs from the site's root path, wherever the site is served (/ or /repo/).
        var options = { baseUrl: new URL("../", bundle).pathname, ranking: { metaWeights: { title: 5, names: 5 } } };
        return pf.options(options).then(function () {
          // A large site is indexed in parts (chronicle/pagefind.py): parts.json names the
          // other bundles, merged into this one and searched with it.
          return fetch(new URL("parts.json", bundle).href).then(function (response) {
            return response.ok ? response.json() : [];
          });
        }).then(function (parts) {
          merged = parts.length > 0;
          return Promise.all(parts.map(function (part) {
            return pf.mergeIndex(new URL(part, bundle).pathname, options);
          }));
        }).then(function () { return pf; });
      });
      pagefind.catch(function () { pagefind = null; });
    }
    return pagefind;
  }

  // The excerpt: 30 words of the page's text around the matches, with the matched words in
  // <mark>. Pagefind's own `excerpt` is an HTML string in which only < and > are escaped (an
  // editor's "&amp;" would show as "&"), so it is rebuilt here from the page's plain text
  // (`content`) and the matched word positions, with Pagefind's own window (its
  // calculate_excerpt_region, ported) — as text nodes and <mark> elements, never parsed as HTML.
  var EXCERPT = 30;
  function region(weighted) {
    var words = [];
    weighted.forEach(function (w) { words[w.location] = (words[w.location] || 0) + (w.balanced_score || 1); });
    if (words.length <= EXCERPT) return 0;
    var densest = 0, i;
    for (i = 0; i < EXCERPT; i++) densest += words[i] || 0;
    var sum = densest, at = [0];
    for (i = 0; i < words.length; i++) {
      sum += (words[i + EXCERPT] || 0) - (words[i] || 0);
      if (sum > densest) { densest = sum; at = [i]; }
      else if (sum === densest && at[at.length - 1] === i - 1) at.push(i);
    }
    return at[Math.floor(at.length / 2)];
  }

  function excerpt(data) {
    var words = (data.content || "").split(/[\r\n\s]+/g);
    var weighted = data.weighted_locations || (data.locations || []).map(function (l) { return { location: l }; });
    var marked = {};
    weighted.forEach(function (w) { marked[w.location] = true; });
    var start = region(weighted);
    if (start + EXCERPT > words.length) start = words.length - EXCERPT;
    if (start < 0) start = 0;
    var out = element("p", { "class": "chronicle-search__excerpt" });
    var text = "";
    function flush() { if (text) out.append(document.createTextNode(text)); text = ""; }
    words.slice(start, start + EXCERPT).forEach(function (word, k) {
      if (!word) return;
      if (out.childNodes.length || text) text += " ";
      if (marked[start + k]) {
        flush();
        out.append(element("mark", {}, word));
      } else {
        text += word;
      }
    });
    flush();
    return out;
  }

  // Title, kind and date (chronicle.search.page_kinds), excerpt.
  function item(data) {
    var meta = data.meta || {};
    var li = element("li", { "class": "chronicle-search__result" });
    li.append(element("a", { href: data.url, "class": "chronicle-search__link" }, meta.title || data.url));
    if (meta.kind) li.append(element("p", { "class": "chronicle-search__kind" }, [meta.kind, meta.date].filter(Boolean).join(" · ")));
    li.append(excerpt(data));
    return li;
  }

  var timer = 0, current = 0, results = [], shown = 0;

  // Whether each word begins a word of the page (split as chronicle.search.pagefind_words) or has
  // a beginning of 3+ letters that is one: Pagefind matches "Рябокв" by "р" (docs/search.md).
  function genuine(d, words) {
    var seen = {};
    [d.content].concat(Object.values(d.meta)).join(" ").toLowerCase().split(/\s+/).forEach(function (chunk) {
      chunk.split(/[!-/:-@[-`{-~]+/).concat(chunk).forEach(function (w) { seen[w.replace(/[^\p{L}\p{N}]/gu, "")] = true; });
    });
    var indexed = Object.keys(seen);
    return words.every(function (word) {
      word = word.replace(/[^\p{L}\p{N}]/gu, "");  // as Pagefind takes a query word
      for (var k = word.length - 1; k >= 3; k--) if (seen[word.slice(0, k)]) return true;
      return !word || indexed.some(function (w) { return w.lastIndexOf(word, 0) === 0; });
    });
  }

  // The next results; those not genuine (an index in parts) replaced by the next ones.
  function showMore(n) {
    var slice = results.slice(shown, shown + PAGE);
    shown += slice.length;
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (data) {
      if (n !== current) return;
      var kept = slice.filter(function (r, k) { return genuine(data[k], r.words) && (r.shown = data[k]); });
      list.append.apply(list, kept.map(function (r) { return item(r.shown); }));
      if (kept.length < slice.length) {
        results.splice.apply(results, [shown - slice.length, slice.length].concat(kept));
        shown -= slice.length - kept.length;
        if (shown < results.length) return showMore(n);
      }
      more.hidden = shown >= results.length;
    });
  }

  // A query word without its Ukrainian case ending (chronicle.search.stem, which makes the
  // index's `names` the same way): Pagefind matches every query word as the beginning of an
  // indexed word, so "Женеві" searched as "Женев" finds "Женева" and "Женеві" alike,
  // "переговорів" as "переговор" finds "переговори". Only Cyrillic words not in capitals (НАТО,
  // ОБСЄ) lose an ending, and a stem keeps at least data-stem-min letters.
  var ENDINGS = (root.getAttribute("data-endings") || "").split(/\s+/).filter(Boolean);
  var STEM_MIN = parseInt(root.getAttribute("data-stem-min") || "4", 10);
  function stem(word) {
    var lower = word.toLowerCase();
    if (word.length < STEM_MIN + 1 || !/^[а-яіїєґʼ'’]+$/i.test(word) || word === word.toUpperCase()) return lower;
    for (var i = 0; i < ENDINGS.length; i++) {
      var end = ENDINGS[i];
      if (lower.slice(-end.length) === end && lower.length - end.length >= STEM_MIN) return lower.slice(0, -end.length);
    }
    return lower;
  }

  // A word of 1-2 letters, not searched; numbers and "ЄС" are (chronicle.search.short).
  function short(w) {
    return w.length < 3 && /\p{L}/u.test(w) && !(w.length === 2 && w === w.toUpperCase());
  }

  // A query's words (chronicle.search.query_words): split at spaces and dashes of every kind,
  // without apostrophes, function and short words (unless all), stemmed: "США–Росії" is "сша росі".
  function queryWords(query, all) {
    return query.split(/[\s\p{Pd}\u2212]+/u).map(function (w) { return w.replace(/['’‘ʼʹ`´′]/g, ""); })
      .filter(function (w) { return w && !stop[w.toLowerCase()] && (all || !short(w)); }).map(stem);
  }

  // With a compound (a spaced dash between two words joins them: "США — Росія"), the query once more with it as one word ("сшаросі", as Pagefind indexes
  // "США–Росія"; chronicle.search.joined_words), whose results come first; null without one.
  function joinedWords(query) {
    var words = query.replace(/(?<=\S)\s+([\p{Pd}\u2212]+)\s+(?=\S)/gu, "$1").split(/\s+/);
    if (!words.some(function (w) { return /[^\p{Pd}\u2212][\p{Pd}\u2212]+[^\p{Pd}\u2212]/u.test(w); })) return null;
    return words.map(function (w) { return w.replace(/[\p{Pd}\u2212'’‘ʼʹ`´′]/gu, ""); })
      .filter(function (w) { return w && !stop[w.toLowerCase()] && !short(w); }).map(stem);
  }

  // One search's results; with one index, the first result tells if a word fell back (docs/search.md).
  function matched(words) {
    return load().then(function (pf) { return pf.search(words.join(" ")); }).then(function (search) {
      var found = search.results.map(function (r) { return { id: r.id, data: r.data, words: words }; });
      if (!found.length || merged) return found;
      return found[0].data().then(function (d) { return genuine(d, words) ? found : []; });
    });
  }

  // A query's results: the compound's search first (joinedWords), then the words'.
  function find(query) {
    var joined = joinedWords(query);
    return Promise.all([joined ? matched(joined) : [], matched(queryWords(query))]).then(function (searches) {
      var seen = {};
      return searches[0].concat(searches[1]).filter(function (r) {
        return !seen[r.id] && (seen[r.id] = true);
      });
    });
  }

  // "Можливо, ви мали на увазі …" under 3 results: suggest.js and words.txt loaded then (docs/search.md).
  var suggester = null;
  function suggest(query, n) {
    if (!suggester) {
      suggester = Promise.all([
        import(new URL("suggest.js", here).href),
        fetch(new URL("words.txt", bundle).href).then(function (r) { return r.ok ? r.text() : ""; })
      ]).then(function (m) {
        return m[0].suggester(m[1], stem, stop, function (q) { return queryWords(q).join(" "); });
      });
      suggester.catch(function () { suggester = null; });
    }
    return suggester.then(function (corrections) {
      var options = corrections(query, results.length > 0);
      return Promise.all(options.map(find)).then(function (pages) {
        if (n !== current) return;
        var better = options.filter(function (o, k) { return pages[k].length > results.length; });
        if (!better.length) return;
        var parts = [". Можливо, ви мали на увазі: "];
        better.forEach(function (option, k) {
          var a = element("a", { href: "?q=" + encodeURIComponent(option), "class": "chronicle-search__suggestion" }, option);
          a.addEventListener("click", function (event) {
            event.preventDefault();
            input.value = option;
            input.focus();
            run(option);
          });
          parts.push(k ? ", " : "", a);
        });
        parts.push("?");
        status.append.apply(status, parts);
      });
    }).catch(function () {}).then(function () {
      if (n === current) root.setAttribute("data-suggested", query);
    });
  }

  function run(query) {
    var n = ++current;
    var words = queryWords(query);
    root.removeAttribute("data-suggested");
    var url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url.href);
    if (!words.length) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = queryWords(query, true).length ? "Слова з однієї чи двох літер не шукаються: допишіть слово." : "";
      root.setAttribute("data-answered", query);
      root.setAttribute("data-suggested", query);
      return Promise.resolve();
    }
    return find(query).then(function (pages) {
      if (n !== current) return;
      results = pages;
      shown = 0;
      list.replaceChildren();
      return showMore(n).then(function () {
        if (n !== current) return;
        status.textContent = results.length ? found(results.length) : "Нічого не знайдено";
        root.setAttribute("data-answered", query);  // which query the list shows (for tests and tools)
        if (results.length < 3) suggest(query, n); else root.setAttribute("data-suggested", query);
      });
    }, function () {
      if (n !== current) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Пошук недоступний: на цьому сайті немає індексу пошуку. " +
        "Його створює команда chronicle build (попередній перегляд chronicle serve його не будує).";
      root.setAttribute("data-suggested", query);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 300);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  more.addEventListener("click", function () {
    var n = current;
    showMore(n).then(function () { if (n === current) status.textContent = found(results.length); });
  });

  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    run(q);
  }
})();
