"""Synthetic chronicles: a complete, valid project of N events, to measure the chronicle at scale.

`chronicle synth DIR --events N [--seed S]` writes into DIR the site's configuration, templates,
hand-written pages and cleaning rules copied from the current project, and a chronicle made up
for the purpose: N events with 3 to 5 actors each (with roles), N/5 actors (people, states,
international organizations, government bodies, media), about N/50 topics and N/40 places, and
a source per one to three events whose seed is a plausible capture of a Ukrainian news page:
a headline, a dateline, paragraphs that name the events' actors and quote them in «…», and the
page furniture content/cleaning.yml drops ("Відео дня", "Читайте також" teasers, related
headlines). Every quote is verbatim in its seed's cleaned text (the generator checks it with
the same cleaner the check uses), every source's sha256 is that of its seed, and every seed
names only actors that an event citing it lists, so `chronicle check` finds no error and no
suggestion to make.

The same N and seed give byte-identical files: one random.Random(seed) draws everything, no
clock is read, and every collection is walked in a fixed order. Events are composed and written
one source at a time; what is kept across sources is small (ids, actors' first and last dates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import textwrap
import time
import unicodedata
from bisect import bisect
from collections import deque
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

import yaml

from chronicle.clean import _GLUE, Rules, clean

FIRST_DAY = dt.date(2001, 1, 1)  # publication dates spread over these 25 years
LAST_DAY = dt.date(2025, 12, 31)
COPIED = ("mkdocs.yml", "templates", "content/pages", "content/cleaning.yml")
WRITTEN = ("mkdocs.yml", "templates", "content", "seeds")  # what --force replaces in the target
MIN_ACTORS = 12

KIND_WEIGHTS = {
    "talks": 16, "meeting": 13, "statement": 16, "call": 8, "visit": 10, "summit": 5, "proposal": 5,
    "agreement": 7, "decision": 6, "treaty": 3, "publication": 5, "military-activity": 4,
}
TALKISH = ("talks", "meeting", "call", "visit", "summit", "agreement", "treaty")
SCHEDULABLE = ("talks", "meeting", "visit", "summit", "agreement", "treaty")
KIND_SLUG = {
    "talks": "talks", "meeting": "meeting", "call": "call", "visit": "visit", "statement": "statement",
    "proposal": "proposal", "agreement": "agreement", "decision": "decision", "treaty": "treaty",
    "summit": "summit", "publication": "report", "military-activity": "exercises",
}
# What an actor that has not yet taken part in any event can be given a part in.
FORCED_KINDS = {
    "person": tuple(KIND_WEIGHTS),
    "state": ("talks", "agreement", "treaty", "visit", "statement", "proposal", "decision", "summit", "publication", "military-activity"),
    "organization": ("talks", "summit", "decision", "statement"),
    "government-body": ("proposal", "decision", "statement"),
    "media": ("publication",),
}
BODY_SLUG = {"mfa": "foreign-ministry", "mod": "defence-ministry", "parliament": "parliament"}
NO_QUOTES_NOTE = {
    "background": "# The article recalls this event without quoting anyone about it.",
    "upcoming": "# The article announces this event; nobody is quoted about it.",
    "main": "# The article reports this event without quoting anyone.",
}


# =============================================================================================
# Vocabularies. Ukrainian forms are written out where a rule would get them wrong; decline()
# below makes the rest. A name marked with a trailing `=` does not decline.
# =============================================================================================

# ---- people's names, by naming tradition ----
# Each group: male first names, female first names, surnames. An entry is "Ukrainian Latin";
# a surname with distinct female form is "Male/Female LatinMale/LatinFemale". The Ukrainian
# group has no Latin column: its Latin spelling is the national transliteration.

NAME_GROUPS: dict[str, tuple[str, str, str]] = {
    "uk": (
        ("Олександр, Андрій, Сергій, Дмитро, Олег, Юрій, Василь, Михайло, Володимир, Іван, Петро, Тарас, "
         "Богдан, Максим, Віктор, Микола, Ігор, Роман, Павло, Ярослав, Степан, Анатолій, Валерій, Євген, "
         "Віталій, Олексій, Костянтин, Григорій, Остап, Назар, Артем, Денис, Вадим, Руслан, Станіслав, "
         "Святослав, Федір, Геннадій, Леонід, Борис"),
        ("Олена, Ольга, Наталія, Тетяна, Ірина, Юлія, Оксана, Марія, Людмила, Світлана, Галина, Катерина, "
         "Анна, Вікторія, Христина, Софія, Дарина, Ганна, Лариса, Зоряна, Мирослава, Надія, Валентина, "
         "Інна, Алла, Вероніка, Ярослава, Богдана, Соломія, Ліна"),
        ("Шевченко, Ковальчук, Бойко, Ткаченко, Кравчук, Мельник, Олійник, Поліщук, Лисенко, Марченко, "
         "Савчук, Павлюк, Дорошенко, Литвин, Романюк, Кузьменко, Руденко, Мазур, Гнатюк, Ярошенко, Білик, "
         "Зінченко, Костенко, Приходько, Петренко, Іващенко, Гуменюк, Левченко, Онищенко, Сидоренко, "
         "Карпенко, Демченко, Пономаренко, Гаврилюк, Мартинюк, Семенюк, Юрченко, Панченко, Остапчук, "
         "Хоменко, Шаповал, Гордієнко, Назаренко, Бабенко, Головко, Мисник, Бабій, Коваль, Гончар, Кушнір, "
         "Стельмах, Данильченко, Тарасенко, Вакуленко, Галушко, Довженко, Клименко, Кириленко, Лук’яненко, "
         "Максименко, Нестеренко, Опанасенко, Охрименко, Рибак, Сахно, Тимченко, Федоренко, Харченко, "
         "Чорновол, Швидкий/Швидка, Ковальський/Ковальська, Вишневський/Вишневська, Яворський/Яворська, "
         "Городецький/Городецька, Садовський/Садовська, Левицький/Левицька, Білецький/Білецька, "
         "Заславський/Заславська, Кравченко, Мороз, Собко, Гладкий/Гладка, Процик, Дмитрук, Ничипорук, "
         "Гайдук, Костюк, Микитюк, Ільченко, Пилипенко, Стасюк, Вдовиченко"),
    ),
    "ru": (
        ("Сергій Sergei, Дмитро Dmitry, Олексій Alexei, Михайло Mikhail, Микола Nikolai, Андрій Andrei, "
         "Володимир Vladimir, Юрій Yuri, Олег Oleg, Ігор Igor, Віктор Viktor, Григорій Grigory, "
         "Максим Maxim, Костянтин Konstantin, Павло Pavel, Анатолій Anatoly, Валерій Valery, Євген Yevgeny"),
        ("Марія Maria, Олена Yelena, Ольга Olga, Тетяна Tatyana, Наталія Natalya, Ірина Irina, "
         "Валентина Valentina, Анна Anna, Світлана Svetlana, Людмила Lyudmila"),
        ("Соколов/Соколова Sokolov/Sokolova, Волков/Волкова Volkov/Volkova, Морозов/Морозова Morozov/Morozova, "
         "Лебедєв/Лебедєва Lebedev/Lebedeva, Новиков/Новикова Novikov/Novikova, Козлов/Козлова Kozlov/Kozlova, "
         "Павлов/Павлова Pavlov/Pavlova, Семенов/Семенова Semyonov/Semyonova, Голубєв/Голубєва Golubev/Golubeva, "
         "Виноградов/Виноградова Vinogradov/Vinogradova, Богданов/Богданова Bogdanov/Bogdanova, "
         "Воробйов/Воробйова Vorobyov/Vorobyova, Федоров/Федорова Fyodorov/Fyodorova, "
         "Никитін/Никитіна Nikitin/Nikitina, Зайцев/Зайцева Zaitsev/Zaitseva, Соловйов/Соловйова Solovyov/Solovyova, "
         "Борисов/Борисова Borisov/Borisova, Яковлев/Яковлева Yakovlev/Yakovleva, Орлов/Орлова Orlov/Orlova, "
         "Андрєєв/Андрєєва Andreyev/Andreyeva, Макаров/Макарова Makarov/Makarova, Ільїн/Ільїна Ilyin/Ilyina, "
         "Гусєв/Гусєва Gusev/Guseva, Титов/Титова Titov/Titova, Кузьмін/Кузьміна Kuzmin/Kuzmina, "
         "Баранов/Баранова Baranov/Baranova, Куликов/Куликова Kulikov/Kulikova, Степанов/Степанова Stepanov/Stepanova, "
         "Фролов/Фролова Frolov/Frolova, Тарасов/Тарасова Tarasov/Tarasova, Комаров/Комарова Komarov/Komarova, "
         "Калінін/Калініна Kalinin/Kalinina, Ушаков/Ушакова Ushakov/Ushakova"),
    ),
    "en": (
        ("Джон John, Майкл Michael, Девід David, Джеймс James, Роберт Robert, Вільям William, Річард Richard, "
         "Томас Thomas, Ендрю Andrew, Пітер Peter, Марк Mark, Стівен Steven, Пол Paul, Ентоні Anthony, "
         "Крістофер Christopher, Деніел Daniel, Метью Matthew, Браян Brian, Кевін Kevin, Джордж George, "
         "Едвард Edward, Саймон Simon, Гаррі Harry, Джозеф Joseph"),
        ("Мері Mary, Сара Sarah, Елізабет Elizabeth, Дженніфер Jennifer, Лінда Linda, Кетрін Catherine, "
         "Емілі Emily, Гелен Helen, Джессіка Jessica, Ребекка Rebecca, Енн Anne, Маргарет Margaret, "
         "Сюзан Susan, Ненсі Nancy, Карен Karen, Ванесса Vanessa, Шарлотта Charlotte"),
        ("Сміт Smith, Джонсон Johnson, Вільямс Williams, Браун Brown, Джонс Jones, Міллер Miller, Девіс Davis, "
         "Вілсон Wilson, Андерсон Anderson, Тейлор Taylor, Мур Moore, Джексон Jackson, Томпсон Thompson, "
         "Вайт White, Гарріс Harris, Кларк Clark, Льюїс Lewis, Робінсон Robinson, Вокер Walker, Голл Hall, "
         "Аллен Allen, Янг Young, Кінг King, Райт Wright, Скотт Scott, Грін Green, Бейкер Baker, Адамс Adams, "
         "Нельсон Nelson, Кемпбелл Campbell, Мітчелл Mitchell, Картер Carter, Роджерс Rogers, Еванс Evans, "
         "Тернер Turner, Паркер Parker, Коллінз Collins, Едвардс Edwards, Стюарт Stewart, Морріс Morris, "
         "Мерфі Murphy, Кук Cook, Белл Bell, Купер Cooper, Річардсон Richardson, Кокс Cox, Говард Howard, "
         "Ворд Ward, Фостер Foster, Грей Gray, Беннетт Bennett, Гамільтон Hamilton, Гаррісон Harrison, "
         "Маршалл Marshall, Прайс Price, Гордон Gordon, Реддінг Redding, Волш Walsh, Голден Holden"),
    ),
    "fr": (
        ("Жан Jean, П’єр Pierre, Франсуа= François, Луї Louis, Мішель Michel, Філіп Philippe, Ален Alain, "
         "Жак Jacques, Ніколя= Nicolas, Бруно Bruno, Тьєррі Thierry, Поль Paul, Антуан Antoine, Ів Yves, "
         "Лоран Laurent, Жерар Gérard, Бернар Bernard, Ерік Éric, Патрік Patrick, Себастьєн Sébastien"),
        ("Марі Marie, Катрін Catherine, Ізабель Isabelle, Сільві Sylvie, Натали Nathalie, Софі Sophie, "
         "Анн Anne, Елен Hélène, Мартін Martine, Валері Valérie, Клер Claire, Сесіль Cécile, Аньєс Agnès"),
        ("Дюпон Dupont, Мартен Martin, Бернар Bernard, Дюбуа= Dubois, Робер Robert, Рішар Richard, Петі Petit, "
         "Дюран Durand, Леруа= Leroy, Моро Moreau, Симон Simon, Лоран Laurent, Лефевр Lefebvre, Мішель Michel, "
         "Бертран Bertrand, Руссо Rousseau, Вінсан Vincent, Фурньє Fournier, Жирар Girard, Бонне Bonnet, "
         "Дюпюї Dupuis, Ламбер Lambert, Фонтен Fontaine, Шевальє Chevalier, Мерсьє Mercier, Блан Blanc, "
         "Гійом Guillaume, Лемуан Lemoine, Дюфур Dufour, Марешаль Maréchal, Обер Aubert, Тібо Thibault"),
    ),
    "de": (
        ("Ганс Hans, Клаус Klaus, Юрген Jürgen, Вольфганг Wolfgang, Міхаель Michael, Томас Thomas, "
         "Андреас Andreas, Петер Peter, Франк Frank, Штефан Stefan, Маркус Markus, Райнер Rainer, "
         "Гельмут Helmut, Дітер Dieter, Уве Uwe, Ральф Ralf, Йоганнес Johannes, Фрідріх Friedrich, "
         "Маттіас Matthias, Себастьян Sebastian, Мартін Martin, Торстен Torsten"),
        ("Анна Anna, Урсула Ursula, Сабіне Sabine, Катрін Katrin, Петра Petra, Моніка Monika, Андреа= Andrea, "
         "Габріеле Gabriele, Юлія Julia, Кароліна Karolina, Гайке Heike, Франциска Franziska, Бірґіт Birgit"),
        ("Мюллер Müller, Шмідт Schmidt, Шнайдер Schneider, Фішер Fischer, Вебер Weber, Маєр Meyer, "
         "Вагнер Wagner, Беккер Becker, Шульц Schulz, Гофман Hoffmann, Шефер Schäfer, Кох Koch, Бауер Bauer, "
         "Ріхтер Richter, Клайн Klein, Вольф Wolf, Шредер Schröder, Нойман Neumann, Шварц Schwarz, "
         "Ціммерман Zimmermann, Крюгер Krüger, Гартман Hartmann, Ланге Lange, Вернер Werner, Кребс Krebs, "
         "Кайзер Kaiser, Фукс Fuchs, Петерс Peters, Ланг Lang, Вайс Weiss, Юнг Jung, Ган Hahn, Шуберт Schubert, "
         "Фогель Vogel, Брандт Brandt, Гюбнер Hübner, Келлер Keller, Штраус Strauss, Зоммер Sommer"),
    ),
    "nl": (
        ("Ян Jan, Пітер Pieter, Геерт Geert, Марк Mark, Ламберт Lambert, Віллем Willem, Гендрік Hendrik, "
         "Дірк Dirk, Рутгер Rutger, Бас Bas, Франс Frans, Маартен Maarten, Стефан Stefan"),
        "Анна Anna, Маріке Marieke, Саскія Saskia, Ліза Lisa, Інге Inge, Ельс Els, Фемке Femke, Сандра Sandra",
        ("Янсен Jansen, Баккер Bakker, Віссер Visser, Смітс Smits, Мейєр Meijer, Мюлдер Mulder, Бос Bos, "
         "Вос Vos, Петерс Peeters, Гендрікс Hendriks, Деккер Dekker, Брауер Brouwer, Дейкстра Dijkstra, "
         "Схаутен Schouten, Вермюлен Vermeulen, Якобс Jacobs, Маас Maas, Гертс Geerts, Віллемс Willems, "
         "Клаассен Claassen, Мертенс Mertens, Гуссенс Goossens"),
    ),
    "it": (
        ("Джузеппе Giuseppe, Джованні Giovanni, Марко Marco, Франческо Francesco, Антоніо Antonio, "
         "Алессандро Alessandro, Маттео Matteo, Паоло Paolo, Стефано Stefano, Лоренцо Lorenzo, Роберто Roberto, "
         "Карло Carlo, Массімо Massimo, Енріко Enrico, Федеріко Federico, Джорджо Giorgio"),
        ("Джулія Giulia, Франческа Francesca, Кьяра Chiara, Сара Sara, Алессандра Alessandra, Елена Elena, "
         "Валентина Valentina, Сільвія Silvia, Паола Paola, Федеріка Federica, Марта Marta, Лаура Laura"),
        ("Россі Rossi, Руссо Russo, Бьянкі Bianchi, Романо Romano, Коломбо Colombo, Річчі Ricci, Маріні Marini, "
         "Греко Greco, Конті Conti, Джордано Giordano, Манчіні Mancini, Ріццо Rizzo, Ломбарді Lombardi, "
         "Моретті Moretti, Барб’єрі Barbieri, Санторо Santoro, Маріно Marino, Феррарі Ferrari, Галлі Galli, "
         "Мартіні Martini, Леоне Leone, Лонго Longo, Джентіле Gentile, Мартінеллі Martinelli, Вітале Vitale, "
         "Карузо Caruso, Фаббрі Fabbri, Орсіні Orsini"),
    ),
    "es": (
        ("Хосе José, Карлос Carlos, Хуан Juan, Мігель Miguel, Педро Pedro, Луїс Luis, Хав’єр Javier, "
         "Франсиско Francisco, Мануель Manuel, Рафаель Rafael, Фернандо Fernando, Хорхе Jorge, Жуан João, "
         "Паулу Paulo, Рікардо Ricardo, Дієго Diego"),
        ("Марія María, Кармен Carmen, Ана Ana, Лусія Lucía, Ізабель Isabel, Паула Paula, Лаура Laura, "
         "Кристина Cristina, Елена Elena, Беатрис Beatriz, Інес Inés, Мерседес Mercedes"),
        ("Гарсія García, Фернандес Fernández, Гонсалес González, Родрігес Rodríguez, Лопес López, "
         "Мартінес Martínez, Перес Pérez, Гомес Gómez, Хіменес Jiménez, Руїс Ruiz, Ернандес Hernández, "
         "Діас Díaz, Морено Moreno, Муньос Muñoz, Альварес Álvarez, Ромеро Romero, Алонсо Alonso, "
         "Гутьєррес Gutiérrez, Наварро Navarro, Торрес Torres, Домінгес Domínguez, Рамос Ramos, Сілва Silva, "
         "Сантос Santos, Феррейра Ferreira, Перейра Pereira, Олівейра Oliveira, Мартінш Martins, Соуза Sousa, "
         "Кастро Castro, Ортега Ortega, Агілар Aguilar"),
    ),
    "pl": (
        ("Пьотр Piotr, Анджей Andrzej, Томаш Tomasz, Павел Paweł, Кшиштоф Krzysztof, Марек Marek, Якуб Jakub, "
         "Міхал Michał, Войцех Wojciech, Збігнєв Zbigniew, Єжи Jerzy, Лукаш Łukasz, Радослав Radosław, Ян Jan, Мацей Maciej"),
        ("Анна Anna, Катажина Katarzyna, Малгожата Małgorzata, Агнєшка Agnieszka, Барбара Barbara, Ева Ewa, "
         "Магдалена Magdalena, Йоанна Joanna, Моніка Monika, Дорота Dorota"),
        ("Ковальський/Ковальська Kowalski/Kowalska, Новак Nowak, Вишневський/Вишневська Wiśniewski/Wiśniewska, "
         "Левандовський/Левандовська Lewandowski/Lewandowska, Каміньський/Каміньська Kamiński/Kamińska, "
         "Зелінський/Зелінська Zieliński/Zielińska, Шиманський/Шиманська Szymański/Szymańska, "
         "Войцеховський/Войцеховська Wojciechowski/Wojciechowska, Козловський/Козловська Kozłowski/Kozłowska, "
         "Яблонський/Яблонська Jabłoński/Jabłońska, Маєвський/Маєвська Majewski/Majewska, "
         "Ольшевський/Ольшевська Olszewski/Olszewska, Вуйцік Wójcik, Ковальчик Kowalczyk, Павляк Pawlak, "
         "Кравчик Krawczyk, Дудек Dudek, Вавжиняк Wawrzyniak, Сікорський/Сікорська Sikorski/Sikorska, Мазурек Mazurek"),
    ),
    "cs": (
        "Петр Petr, Іржі Jiří, Мирослав Miroslav, Ондржей Ondřej, Томаш Tomáš, Павел Pavel, Лукаш Lukáš, Мартін Martin, Ян Ján",
        "Яна Jana, Зузана Zuzana, Петра Petra, Мартіна Martina, Тереза Tereza, Катержина Kateřina",
        ("Новак/Новакова Novák/Nováková, Дворжак/Дворжакова Dvořák/Dvořáková, Новотний/Новотна Novotný/Novotná, "
         "Черний/Черна Černý/Černá, Поспішил/Поспішилова Pospíšil/Pospíšilová, Горак/Горакова Horák/Horáková, "
         "Колар/Коларова Kolář/Kolářová, Навратил/Навратилова Navrátil/Navrátilová, Крейчі Krejčí, "
         "Гашек/Гашекова Hašek/Hašeková, Балаж/Балажова Baláž/Balážová, Варга= Varga"),
    ),
    "hu": (
        ("Ласло László, Іштван István, Золтан Zoltán, Шандор Sándor, Петер Péter, Габор Gábor, Андраш András, "
         "Тамаш Tamás, Балаж Balázs, Дьордь György"),
        "Ева Éva, Каталін Katalin, Жужанна Zsuzsanna, Юдіт Judit, Ерика Erika, Анна Anna",
        ("Надь Nagy, Ковач Kovács, Тот Tóth, Сабо Szabó, Горват Horváth, Кіш Kiss, Молнар Molnár, "
         "Немет Németh, Фаркаш Farkas, Балог Balogh, Папп Papp, Такач Takács, Юхас Juhász, Лакатош Lakatos, "
         "Месарош Mészáros"),
    ),
    "ro": (
        ("Андрей Andrei, Міхай Mihai, Йон Ion, Александру Alexandru, Богдан Bogdan, Крістіан Cristian, "
         "Джордже George, Василе Vasile, Флорін Florin, Дорін Dorin, Раду Radu, Ніколае Nicolae, Тудор Tudor"),
        ("Марія Maria, Єлена Elena, Іоана Ioana, Крістіна Cristina, Наталія Natalia, Ана Ana, Дойна Doina, "
         "Корина Corina"),
        ("Попеску Popescu, Йонеску Ionescu, Попа Popa, Думітру Dumitru, Стан Stan, Станку Stancu, "
         "Константінеску Constantinescu, Георге Gheorghe, Русу Rusu, Мунтяну Munteanu, Чобану Ciobanu, "
         "Кожокару Cojocaru, Унгуряну Ungureanu, Матей Matei, Лупу Lupu, Морару Moraru, Сирбу Sîrbu"),
    ),
    "lt": (
        "Вітаутас Vytautas, Альгірдас Algirdas, Мантас Mantas, Лінас Linas, Дайнюс Dainius, Арвідас Arvydas, Гедимінас Gediminas",
        "Ієва Ieva, Ґінтаре Gintarė, Рута Rūta, Аушра Aušra, Лайма Laima",
        ("Казлаускас/Казлаускене Kazlauskas/Kazlauskienė, Янкаускас/Янкаускене Jankauskas/Jankauskienė, "
         "Петраускас/Петраускене Petrauskas/Petrauskienė, Станкявічюс/Станкявічене Stankevičius/Stankevičienė, "
         "Василяускас/Василяускене Vasiliauskas/Vasiliauskienė, Жукаускас/Жукаускене Žukauskas/Žukauskienė, "
         "Буткус/Буткене Butkus/Butkienė, Паулаускас/Паулаускене Paulauskas/Paulauskienė"),
    ),
    "lv": (
        "Яніс Jānis, Андріс Andris, Едгарс Edgars, Айварс Aivars, Валдіс Valdis, Артурс Artūrs",
        "Ліга Līga, Інга Inga, Ілзе Ilze, Дайга Daiga, Байба Baiba",
        ("Берзіньш/Берзіня Bērziņš/Bērziņa, Озолс/Озола Ozols/Ozola, Калниньш/Калниня Kalniņš/Kalniņa, "
         "Лієпіньш/Лієпіня Liepiņš/Liepiņa, Крастіньш/Крастіня Krastiņš/Krastiņa, Вітолс/Вітола Vītols/Vītola"),
    ),
    "ee": (
        "Урмас Urmas, Тоомас Toomas, Кайдо Kaido, Рейн Rein, Тійт Tiit, Мартін Martin",
        "Кадрі Kadri, Марью Marju, Пірет Piret, Трійн Triin, Кайя= Kaja",
        "Тамм Tamm, Саар Saar, Сепп Sepp, Мяги Mägi, Каск Kask, Рейнсалу Reinsalu, Кукк Kukk, Лепік Lepik, Мянд Mänd",
    ),
    "nordic": (
        ("Ларс Lars, Ерік Erik, Андерс Anders, Юган Johan, Мікаель Mikael, Петтер Petter, Гуннар Gunnar, "
         "Матті Matti, Юкка Jukka, Пекка Pekka, Кнут Knut, Расмус Rasmus, Нільс Nils, Свен Sven, Тімо Timo"),
        ("Анна Anna, Ельза Elsa, Інгрід Ingrid, Крістіна Kristina, Карін Karin, Гельга Helga, Метте Mette, "
         "Астрід Astrid, Сірпа Sirpa, Туула Tuula, Ліна Lina"),
        ("Андерссон Andersson, Юганссон Johansson, Карлссон Karlsson, Нільссон Nilsson, Ларссон Larsson, "
         "Ерікссон Eriksson, Гансен Hansen, Йогансен Johansen, Ольсен Olsen, Ларсен Larsen, Нільсен Nielsen, "
         "Педерсен Pedersen, Крістенсен Christensen, Віртанен Virtanen, Корхонен Korhonen, Ніємінен Nieminen, "
         "Мякінен Mäkinen, Гямяляйнен Hämäläinen, Лайне Laine, Гейкінен Heikkinen, Берг Berg, Лінд Lind, "
         "Стрем Ström, Гольм Holm, Якобсен Jakobsen"),
    ),
    "el": (
        ("Георгіос Georgios, Ніколаос Nikolaos, Константінос Konstantinos, Дімітріос Dimitrios, Яніс Giannis, "
         "Костас Kostas, Александрос Alexandros, Панайотіс Panagiotis, Васіліос Vasileios, Хрістос Christos"),
        ("Марія Maria, Елені Eleni, Катерина Katerina, Дімітра Dimitra, Софія Sofia, Анастасія Anastasia, "
         "Деспіна Despina"),
        ("Пападопулос/Пападопулу Papadopoulos/Papadopoulou, Георгіу Georgiou, "
         "Ніколаїдіс/Ніколаїду Nikolaidis/Nikolaidou, Васіліу Vasiliou, Пападакіс/Пападакі Papadakis/Papadaki, "
         "Антоніу Antoniou, Іоанну Ioannou, Макріс/Макрі Makris/Makri, Папаіоанну Papaioannou, "
         "Влахос/Влаху Vlachos/Vlachou, Алексіу Alexiou, Статопулос/Статопулу Stathopoulos/Stathopoulou"),
    ),
    "tr": (
        ("Мехмет Mehmet, Мустафа Mustafa, Ахмет Ahmet, Алі Ali, Хасан Hasan, Хусейн Hüseyin, Ібрагім İbrahim, "
         "Ісмаїл İsmail, Осман Osman, Мурат Murat, Емре Emre, Кемаль Kemal, Ельнур Elnur, Джейхун Ceyhun, "
         "Фуад Fuad, Рашад Rashad"),
        ("Айше Ayşe, Фатма Fatma, Емель Emel, Зейнеп Zeynep, Ельміра Elmira, Лейла Leyla, Гюльнара Gulnara, "
         "Севіль Sevil"),
        ("Йилмаз Yılmaz, Кая Kaya, Демір Demir, Шахін Şahin, Челік Çelik, Йилдиз Yıldız, Йилдирим Yıldırım, "
         "Озтюрк Öztürk, Айдин Aydın, Арслан Arslan, Кіліч Kılıç, Коч Koç, Курт Kurt, Озкан Özkan, "
         "Алієв/Алієва Aliyev/Aliyeva, Мамедов/Мамедова Mammadov/Mammadova, Гасанов/Гасанова Hasanov/Hasanova, "
         "Гусейнов/Гусейнова Huseynov/Huseynova, Керімов/Керімова Karimov/Karimova"),
    ),
    "zh": (
        ("Вей Wei, Цзюнь Jun, Мін Ming, Цян Qiang, Цзе Jie, Тао Tao, Пін Ping, Юн Yong, Бінь Bin, Лей Lei, "
         "Гуан Guang, Хай Hai, Фен Feng, Цзяньго Jianguo, Вейдун Weidong"),
        "Хуа Hua, Лі Li, Янь Yan, Цзін Jing, Сяо Xiao, Мей Mei, Лінь Lin, Юй Yu, Сяоюй Xiaoyu",
        ("Ван Wang, Лі Li, Чжан Zhang, Лю Liu, Чень Chen, Ян Yang, Хуан Huang, Чжао Zhao, У Wu, Чжоу Zhou, "
         "Сюй Xu, Сунь Sun, Ма Ma, Чжу Zhu, Ху Hu, Го Guo, Хе He, Гао Gao, Лінь Lin, Ло Luo"),
    ),
    "ja": (
        ("Хіросі Hiroshi, Такесі Takeshi, Кендзі Kenji, Кадзуо Kazuo, Масато Masato, Акіра Akira, "
         "Сатосі Satoshi, Макото Makoto, Тайті Taichi, Йосіо Yoshio"),
        "Юко Yuko, Юкі Yuki, Наоко Naoko, Кейко Keiko, Міка Mika, Томоко Tomoko, Аяко Ayako",
        ("Сато Sato, Судзукі Suzuki, Такахасі Takahashi, Танака Tanaka, Ватанабе Watanabe, Іто Ito, "
         "Ямамото Yamamoto, Накамура Nakamura, Кобаясі Kobayashi, Като Kato, Йосіда Yoshida, Ямада Yamada, "
         "Сасакі Sasaki, Мацумото Matsumoto, Іноуе Inoue, Кімура Kimura, Хаясі Hayashi"),
    ),
    "ko": (
        ("Мінджун Min-jun, Джіхун Ji-hoon, Сонхо Sung-ho, Йонсу Young-soo, Донхун Dong-hun, Джеін Jae-in, "
         "Хьонву Hyun-woo"),
        "Джіу Ji-woo, Сойон So-yeon, Мінсо Min-seo, Хаюн Ha-yoon, Юджін Yu-jin, Сохі So-hee",
        "Кім Kim, Лі Lee, Пак Park, Чхве Choi, Чон Jung, Кан Kang, Юн Yoon, Чан Jang, Лім Lim, Хан Han",
    ),
    "hi": (
        ("Раджеш Rajesh, Аміт Amit, Суреш Suresh, Вікрам Vikram, Ананд Anand, Санджай Sanjay, Арун Arun, "
         "Рахул Rahul, Субрахманьям= Subrahmanyam"),
        "Анджалі Anjali, Суніта Sunita, Кавіта Kavita, Міра Meera, Нірмала Nirmala, Діпа Deepa",
        ("Шарма Sharma, Сінгх Singh, Кумар Kumar, Гупта Gupta, Патель Patel, Редді Reddy, Мехта Mehta, "
         "Джоші Joshi, Наїр Nair, Рао Rao, Чопра Chopra, Бхатт Bhatt, Менон Menon, Айєр Iyer"),
    ),
    "ar": (
        ("Мухаммед Mohammed, Ахмед Ahmed, Халед Khaled, Омар Omar, Юсеф Youssef, Абдалла Abdullah, Тарік Tarek, "
         "Самі Sami, Файсал Faisal, Хамад Hamad, Салех Saleh, Карім Karim, Мансур Mansour"),
        "Фатіма Fatima, Лейла Leila, Ясмін Yasmin, Нур Nour, Аміра Amira, Рана Rana, Дана Dana",
        ("Хассан Hassan, Ібрагім Ibrahim, Махмуд Mahmoud, Аббас Abbas, Салем Salem, Насер Nasser, "
         "Халіль Khalil, Хаддад Haddad, Юнес Younes, Азіз Aziz, Саїд Said, Карам Karam, Фарук Farouk, "
         "Шаріф Sharif, Рахман Rahman, Хамдан Hamdan, Обейд Obeid, Мансурі Mansouri"),
    ),
    "he": (
        ("Давид David, Моше Moshe, Йосеф Yosef, Авраам Avraham, Ейтан Eitan, Ноам Noam, Ярон Yaron, Амір Amir, "
         "Гідеон Gideon, Рон Ron, Даніель Daniel"),
        "Сара Sarah, Рахель Rachel, Міхаль Michal, Тамар Tamar, Яель Yael, Шира Shira",
        ("Коен Cohen, Леві Levi, Мізрахі Mizrahi, Перец Peretz, Бітон Biton, Фрідман Friedman, Шапіро Shapiro, "
         "Кац Katz, Гольдберг Goldberg, Розен Rosen, Ашкеназі Ashkenazi, Адлер Adler"),
    ),
    "fa": (
        ("Алі Ali, Мохаммад Mohammad, Хоссейн Hossein, Реза Reza, Мехді Mehdi, Джавад Javad, Маджид Majid, "
         "Саїд Saeed, Хамід Hamid"),
        "Захра Zahra, Мар’ям= Maryam, Фатеме Fatemeh, Нахід Nahid, Шірін Shirin",
        ("Ахмаді Ahmadi, Хосейні Hosseini, Карімі Karimi, Рахімі Rahimi, Мусаві Mousavi, Джафарі Jafari, "
         "Мохаммаді Mohammadi, Резаї Rezaei, Садегі Sadeghi, Хашемі Hashemi, Каземі Kazemi, Назарі Nazari"),
    ),
    "ka": (
        ("Гіоргі Giorgi, Давид Davit, Ніка Nika, Леван Levan, Іраклій Irakli, Зураб Zurab, Тенгіз Tengiz, "
         "Вахтанг Vakhtang"),
        "Ніно Nino, Тамар Tamar, Кетеван Ketevan, Саломе Salome, Ека Eka",
        ("Беридзе Beridze, Капанадзе Kapanadze, Гелашвілі Gelashvili, Майсурадзе Maisuradze, Кіпіані Kipiani, "
         "Ломідзе Lomidze, Церетелі Tsereteli, Джапарідзе Japaridze, Мчедлішвілі Mchedlishvili, "
         "Гоголадзе Gogoladze, Хуцишвілі Khutsishvili"),
    ),
    "hy": (
        ("Арам Aram, Армен Armen, Тигран Tigran, Ашот Ashot, Давид Davit, Карен Karen, Гайк Hayk, Левон Levon, "
         "Саркіс Sargis"),
        "Анна Anna, Ануш Anush, Лусіне Lusine, Гаяне Gayane, Нуне Nune",
        ("Петросян Petrosyan, Саргсян Sargsyan, Акопян Hakobyan, Арутюнян Harutyunyan, Григорян Grigoryan, "
         "Карапетян Karapetyan, Оганесян Hovhannisyan, Мкртчян Mkrtchyan, Варданян Vardanyan, "
         "Аветисян Avetisyan, Манукян Manukyan, Геворгян Gevorgyan"),
    ),
    "kz": (
        ("Ерлан Yerlan, Нурлан Nurlan, Асхат Askhat, Бахит Bakhyt, Даурен Dauren, Марат Marat, Канат Kanat, "
         "Серік Serik, Айдос Aidos, Тимур Timur"),
        "Айгерім Aigerim, Динара Dinara, Гульнара Gulnara, Жанар Zhanar, Салтанат Saltanat, Асель Assel",
        ("Ахметов/Ахметова Akhmetov/Akhmetova, Жумабаєв/Жумабаєва Zhumabayev/Zhumabayeva, "
         "Нурпеїсов/Нурпеїсова Nurpeisov/Nurpeisova, Ісмаїлов/Ісмаїлова Ismailov/Ismailova, "
         "Сулейменов/Сулейменова Suleimenov/Suleimenova, Абдрахманов/Абдрахманова Abdrakhmanov/Abdrakhmanova, "
         "Омаров/Омарова Omarov/Omarova, Мусін/Мусіна Musin/Musina, Сейтказін/Сейтказіна Seitkazin/Seitkazina"),
    ),
    "bg": (
        ("Георгі Georgi, Іван Ivan, Димитар Dimitar, Стефан Stefan, Николай Nikolay, Петар Petar, Милош Miloš, "
         "Горан Goran, Зоран Zoran, Драган Dragan, Томислав Tomislav, Ненад Nenad, Бранко Branko"),
        ("Марія Maria, Єлена Jelena, Весна Vesna, Ана Ana, Івана Ivana, Десислава Desislava, Снежана Snezhana, "
         "Гордана Gordana"),
        ("Петров/Петрова Petrov/Petrova, Іванов/Іванова Ivanov/Ivanova, Георгієв/Георгієва Georgiev/Georgieva, "
         "Димитров/Димитрова Dimitrov/Dimitrova, Стоянов/Стоянова Stoyanov/Stoyanova, Ковачевич Kovačević, "
         "Петрович Petrović, Йованович Jovanović, Николич Nikolić, Маркович Marković, Бабич Babić, Юрич Jurić, "
         "Тодоров/Тодорова Todorov/Todorova, Ніколов/Ніколова Nikolov/Nikolova, Ангелов/Ангелова Angelov/Angelova"),
    ),
}

# Family name first, written as one name, never shortened to the surname.
FAMILY_FIRST = {"zh", "ko"}
# Groups whose male names in -о and -а decline (Дмитро → Дмитра, Микола → Миколи).
SLAVIC = {"uk", "ru", "bg"}
# Groups whose surnames in -ін/-їн decline like possessives (Никитін → Никитіним).
POSSESSIVE_IN = {"ru", "bg", "kz"}
# Where the regular rules decline a first name wrongly.
IRREGULAR = {"Ігор": ("Ігоря", "Ігорю", "Ігорем")}

# ---- states ----
# id, name, genitive, dative, instrumental, locative phrase, gender (m f n p), Latin, name group,
# government (rep: president and prime minister; pres: president; mon: prime minister; chanc:
# president and chancellor), weight (how often it takes part), extra aliases ("; " separated).
STATES: list[tuple] = [
    ("ukraine", "Україна", "України", "Україні", "Україною", "в Україні", "f", "Ukraine", "uk", "rep", 14, ""),
    ("usa", "США", "США", "США", "США", "у США", "p", "United States", "en", "pres", 8,
     "Сполучені Штати; Сполучених Штатів; Сполученим Штатам; Сполученими Штатами; Сполучених Штатах; USA"),
    ("russia", "Росія", "Росії", "Росії", "Росією", "у Росії", "f", "Russia", "ru", "rep", 7,
     "РФ; Російська Федерація; Російської Федерації; Russian Federation"),
    ("poland", "Польща", "Польщі", "Польщі", "Польщею", "у Польщі", "f", "Poland", "pl", "rep", 5, ""),
    ("germany", "Німеччина", "Німеччини", "Німеччині", "Німеччиною", "у Німеччині", "f", "Germany", "de", "chanc", 5, "ФРН"),
    ("france", "Франція", "Франції", "Франції", "Францією", "у Франції", "f", "France", "fr", "rep", 5, ""),
    ("united-kingdom", "Велика Британія", "Великої Британії", "Великій Британії", "Великою Британією",
     "у Великій Британії", "f", "United Kingdom", "en", "mon", 5, "Британія; Британії; Сполучене Королівство"),
    ("turkey", "Туреччина", "Туреччини", "Туреччині", "Туреччиною", "у Туреччині", "f", "Türkiye", "tr", "pres", 4, "Turkey"),
    ("china", "Китай", "Китаю", "Китаю", "Китаєм", "у Китаї", "m", "China", "zh", "rep", 4,
     "КНР; Китайська Народна Республіка"),
    ("italy", "Італія", "Італії", "Італії", "Італією", "в Італії", "f", "Italy", "it", "rep", 3, ""),
    ("canada", "Канада", "Канади", "Канаді", "Канадою", "у Канаді", "f", "Canada", "en", "mon", 3, ""),
    ("japan", "Японія", "Японії", "Японії", "Японією", "в Японії", "f", "Japan", "ja", "mon", 3, ""),
    ("lithuania", "Литва", "Литви", "Литві", "Литвою", "у Литві", "f", "Lithuania", "lt", "rep", 3, ""),
    ("romania", "Румунія", "Румунії", "Румунії", "Румунією", "у Румунії", "f", "Romania", "ro", "rep", 3, ""),
    ("moldova", "Молдова", "Молдови", "Молдові", "Молдовою", "у Молдові", "f", "Moldova", "ro", "rep", 3, ""),
    ("hungary", "Угорщина", "Угорщини", "Угорщині", "Угорщиною", "в Угорщині", "f", "Hungary", "hu", "rep", 3, ""),
    ("spain", "Іспанія", "Іспанії", "Іспанії", "Іспанією", "в Іспанії", "f", "Spain", "es", "mon", 2, ""),
    ("netherlands", "Нідерланди", "Нідерландів", "Нідерландам", "Нідерландами", "у Нідерландах", "p", "Netherlands", "nl", "mon", 2, ""),
    ("finland", "Фінляндія", "Фінляндії", "Фінляндії", "Фінляндією", "у Фінляндії", "f", "Finland", "nordic", "rep", 2, ""),
    ("sweden", "Швеція", "Швеції", "Швеції", "Швецією", "у Швеції", "f", "Sweden", "nordic", "mon", 2, ""),
    ("estonia", "Естонія", "Естонії", "Естонії", "Естонією", "в Естонії", "f", "Estonia", "ee", "rep", 2, ""),
    ("latvia", "Латвія", "Латвії", "Латвії", "Латвією", "у Латвії", "f", "Latvia", "lv", "rep", 2, ""),
    ("czechia", "Чехія", "Чехії", "Чехії", "Чехією", "у Чехії", "f", "Czechia", "cs", "rep", 2, "Чеська Республіка"),
    ("slovakia", "Словаччина", "Словаччини", "Словаччині", "Словаччиною", "у Словаччині", "f", "Slovakia", "cs", "rep", 2, ""),
    ("georgia", "Грузія", "Грузії", "Грузії", "Грузією", "у Грузії", "f", "Georgia", "ka", "rep", 2, "Сакартвело"),
    ("azerbaijan", "Азербайджан", "Азербайджану", "Азербайджану", "Азербайджаном", "в Азербайджані", "m", "Azerbaijan", "tr", "pres", 2, ""),
    ("armenia", "Вірменія", "Вірменії", "Вірменії", "Вірменією", "у Вірменії", "f", "Armenia", "hy", "rep", 2, ""),
    ("kazakhstan", "Казахстан", "Казахстану", "Казахстану", "Казахстаном", "у Казахстані", "m", "Kazakhstan", "kz", "pres", 2, ""),
    ("belarus", "Білорусь", "Білорусі", "Білорусі", "Білоруссю", "у Білорусі", "f", "Belarus", "ru", "pres", 2, ""),
    ("india", "Індія", "Індії", "Індії", "Індією", "в Індії", "f", "India", "hi", "rep", 2, ""),
    ("israel", "Ізраїль", "Ізраїлю", "Ізраїлю", "Ізраїлем", "в Ізраїлі", "m", "Israel", "he", "rep", 2, ""),
    ("saudi-arabia", "Саудівська Аравія", "Саудівської Аравії", "Саудівській Аравії", "Саудівською Аравією",
     "у Саудівській Аравії", "f", "Saudi Arabia", "ar", "mon", 2, "Королівство Саудівська Аравія"),
    ("qatar", "Катар", "Катару", "Катару", "Катаром", "у Катарі", "m", "Qatar", "ar", "mon", 2, ""),
    ("uae", "ОАЕ", "ОАЕ", "ОАЕ", "ОАЕ", "в ОАЕ", "p", "United Arab Emirates", "ar", "mon", 2,
     "Об’єднані Арабські Емірати; Об’єднаних Арабських Еміратів; Об’єднаним Арабським Еміратам; UAE"),
    ("austria", "Австрія", "Австрії", "Австрії", "Австрією", "в Австрії", "f", "Austria", "de", "chanc", 2, ""),
    ("switzerland", "Швейцарія", "Швейцарії", "Швейцарії", "Швейцарією", "у Швейцарії", "f", "Switzerland", "de", "pres", 2, ""),
    ("norway", "Норвегія", "Норвегії", "Норвегії", "Норвегією", "у Норвегії", "f", "Norway", "nordic", "mon", 2, ""),
    ("denmark", "Данія", "Данії", "Данії", "Данією", "у Данії", "f", "Denmark", "nordic", "mon", 2, ""),
    ("belgium", "Бельгія", "Бельгії", "Бельгії", "Бельгією", "у Бельгії", "f", "Belgium", "nl", "mon", 2, ""),
    ("greece", "Греція", "Греції", "Греції", "Грецією", "у Греції", "f", "Greece", "el", "rep", 1, ""),
    ("bulgaria", "Болгарія", "Болгарії", "Болгарії", "Болгарією", "у Болгарії", "f", "Bulgaria", "bg", "rep", 1, ""),
    ("serbia", "Сербія", "Сербії", "Сербії", "Сербією", "у Сербії", "f", "Serbia", "bg", "rep", 1, ""),
    ("croatia", "Хорватія", "Хорватії", "Хорватії", "Хорватією", "у Хорватії", "f", "Croatia", "bg", "rep", 1, ""),
    ("south-korea", "Південна Корея", "Південної Кореї", "Південній Кореї", "Південною Кореєю",
     "у Південній Кореї", "f", "South Korea", "ko", "pres", 1, "Республіка Корея"),
    ("brazil", "Бразилія", "Бразилії", "Бразилії", "Бразилією", "у Бразилії", "f", "Brazil", "es", "pres", 1, ""),
    ("egypt", "Єгипет", "Єгипту", "Єгипту", "Єгиптом", "у Єгипті", "m", "Egypt", "ar", "rep", 1, ""),
    ("australia", "Австралія", "Австралії", "Австралії", "Австралією", "в Австралії", "f", "Australia", "en", "mon", 1, ""),
    ("portugal", "Португалія", "Португалії", "Португалії", "Португалією", "у Португалії", "f", "Portugal", "es", "rep", 1, ""),
    ("ireland", "Ірландія", "Ірландії", "Ірландії", "Ірландією", "в Ірландії", "f", "Ireland", "en", "rep", 1, ""),
    ("mexico", "Мексика", "Мексики", "Мексиці", "Мексикою", "у Мексиці", "f", "Mexico", "es", "pres", 1, ""),
    ("iran", "Іран", "Ірану", "Ірану", "Іраном", "в Ірані", "m", "Iran", "fa", "pres", 1, ""),
    ("south-africa", "Південно-Африканська Республіка", "Південно-Африканської Республіки",
     "Південно-Африканській Республіці", "Південно-Африканською Республікою", "у Південно-Африканській Республіці",
     "f", "South Africa", "en", "pres", 1, "ПАР"),
]

# ---- posts ----
# The head word of a post in its masculine and feminine forms: nominative, genitive, instrumental.
HEADS: dict[str, tuple[str, str, str, str, str, str]] = {
    "президент": ("президент", "президента", "президентом", "президентка", "президентки", "президенткою"),
    "прем’єр-міністр": ("прем’єр-міністр", "прем’єр-міністра", "прем’єр-міністром", "прем’єр-міністерка", "прем’єр-міністерки", "прем’єр-міністеркою"),
    "віцепрем’єр-міністр": ("віцепрем’єр-міністр", "віцепрем’єр-міністра", "віцепрем’єр-міністром", "віцепрем’єр-міністерка", "віцепрем’єр-міністерки", "віцепрем’єр-міністеркою"),
    "канцлер": ("канцлер", "канцлера", "канцлером", "канцлерка", "канцлерки", "канцлеркою"),
    "міністр": ("міністр", "міністра", "міністром", "міністерка", "міністерки", "міністеркою"),
    "заступник": ("заступник", "заступника", "заступником", "заступниця", "заступниці", "заступницею"),
    "державний секретар": ("державний секретар", "державного секретаря", "державним секретарем", "державна секретарка", "державної секретарки", "державною секретаркою"),
    "радник": ("радник", "радника", "радником", "радниця", "радниці", "радницею"),
    "речник": ("речник", "речника", "речником", "речниця", "речниці", "речницею"),
    "посол": ("посол", "посла", "послом", "посолка", "посолки", "посолкою"),
    "голова": ("голова", "голови", "головою", "голова", "голови", "головою"),
    "депутат": ("депутат", "депутата", "депутатом", "депутатка", "депутатки", "депутаткою"),
    "спеціальний представник": ("спеціальний представник", "спеціального представника", "спеціальним представником", "спеціальна представниця", "спеціальної представниці", "спеціальною представницею"),
    "генеральний секретар": ("генеральний секретар", "генерального секретаря", "генеральним секретарем", "генеральна секретарка", "генеральної секретарки", "генеральною секретаркою"),
    "генеральний директор": ("генеральний директор", "генерального директора", "генеральним директором", "генеральна директорка", "генеральної директорки", "генеральною директоркою"),
    "директор-розпорядник": ("директор-розпорядник", "директора-розпорядника", "директором-розпорядником", "директорка-розпорядниця", "директорки-розпорядниці", "директоркою-розпорядницею"),
    "верховний представник": ("верховний представник", "верховного представника", "верховним представником", "верховна представниця", "верховної представниці", "верховною представницею"),
    "начальник": ("начальник", "начальника", "начальником", "начальниця", "начальниці", "начальницею"),
    "секретар": ("секретар", "секретаря", "секретарем", "секретарка", "секретарки", "секретаркою"),
    "прокурор": ("прокурор", "прокурора", "прокурором", "прокурорка", "прокурорки", "прокуроркою"),
    "комісар": ("комісар", "комісара", "комісаром", "комісарка", "комісарки", "комісаркою"),
}

# A state's posts: head word, the rest ({} is the state's genitive), how many holders at most
# over the chronicle's years (0: any number), weight, the government body it belongs to.
STATE_POSTS: list[tuple[str, str, int, int, str]] = [
    ("президент", "{}", 5, 2, ""),
    ("прем’єр-міністр", "{}", 6, 2, ""),
    ("міністр", "закордонних справ {}", 7, 4, "mfa"),
    ("заступник", "міністра закордонних справ {}", 0, 9, "mfa"),
    ("міністр", "оборони {}", 7, 2, "mod"),
    ("заступник", "міністра оборони {}", 0, 3, "mod"),
    ("радник", "президента {} з питань національної безпеки", 0, 3, ""),
    ("спеціальний представник", "{} з питань переговорів", 0, 3, "mfa"),
    ("посол", "{} з особливих доручень", 0, 3, "mfa"),
    ("речник", "зовнішньополітичного відомства {}", 0, 3, "mfa"),
    ("голова", "комітету із закордонних справ парламенту {}", 6, 2, "parliament"),
    ("депутат", "парламенту {}", 0, 4, "parliament"),
    ("начальник", "генерального штабу збройних сил {}", 6, 1, "mod"),
    ("міністр", "енергетики {}", 6, 1, ""),
    ("секретар", "ради національної безпеки {}", 6, 1, ""),
]

# ---- government bodies ----
# kind -> name, genitive, locative phrase, gender, aliases; {g} is the state's genitive, {l} its Latin name.
GOV_BODIES: dict[str, tuple[str, str, str, str, str]] = {
    "mfa": ("МЗС {g}", "МЗС {g}", "у МЗС {g}", "n",
            "Міністерство закордонних справ {g}; Міністерства закордонних справ {g}; Міністерстві закордонних справ {g}; {l} Ministry of Foreign Affairs"),
    "mod": ("Міністерство оборони {g}", "Міністерства оборони {g}", "у Міністерстві оборони {g}", "n",
            "Міноборони {g}; Міністерства оборони {g}; Міністерству оборони {g}; Міністерстві оборони {g}; {l} Ministry of Defence"),
    # Lower case in running text ("депутат парламенту Франції"), so no alias is lower case.
    "parliament": ("Парламент {g}", "парламенту {g}", "у парламенті {g}", "m", "{l} Parliament"),
}
# Bodies with their own names: (state, kind) -> name, genitive, locative, gender, aliases.
GOV_OVERRIDES: dict[tuple[str, str], tuple[str, str, str, str, str]] = {
    ("usa", "mfa"): ("Державний департамент США", "Державного департаменту США", "у Державному департаменті США", "m",
                     "Держдепартамент США; Держдеп США; Державному департаменті США; U.S. Department of State; State Department"),
    ("usa", "mod"): ("Пентагон", "Пентагону", "у Пентагоні", "m",
                     "Міністерство оборони США; Міністерства оборони США; U.S. Department of Defense"),
    ("usa", "parliament"): ("Конгрес США", "Конгресу США", "у Конгресі США", "m", "Конгресі США; U.S. Congress"),
    ("ukraine", "parliament"): ("Верховна Рада України", "Верховної Ради України", "у Верховній Раді України", "f",
                                "Верховної Ради України; Верховній Раді України; Verkhovna Rada"),
    ("germany", "parliament"): ("Бундестаг", "Бундестагу", "у Бундестазі", "m", "Бундестазі; Bundestag"),
    ("poland", "parliament"): ("Сейм Польщі", "Сейму Польщі", "у Сеймі Польщі", "m", "Сеймі Польщі; Sejm"),
    ("russia", "parliament"): ("Державна дума Росії", "Державної думи Росії", "у Державній думі Росії", "f",
                               "Держдума; Держдуми; State Duma"),
    ("france", "parliament"): ("Національні збори Франції", "Національних зборів Франції", "у Національних зборах Франції", "p",
                               "Національних зборах Франції; Assemblée nationale"),
}

# ---- international organizations ----
# id, name, genitive, dative, locative phrase, gender, Latin, aliases, description, posts ("head|rest; ...")
ORGANIZATIONS: list[tuple] = [
    ("nato", "НАТО", "НАТО", "НАТО", "в НАТО", "n", "NATO",
     "Організація Північноатлантичного договору; Організації Північноатлантичного договору; Північноатлантичний альянс; Північноатлантичного альянсу",
     "Організація Північноатлантичного договору.",
     "генеральний секретар|НАТО; заступник|генерального секретаря НАТО; речник|НАТО; голова|Військового комітету НАТО"),
    ("eu", "Європейський Союз", "Європейського Союзу", "Європейському Союзу", "у Європейському Союзі", "m", "European Union",
     "ЄС; Євросоюз; Євросоюзу; Європейським Союзом; Європейському Союзі",
     "Економічний і політичний союз європейських держав.",
     "верховний представник|ЄС із закордонних справ і безпекової політики; спеціальний представник|ЄС з питань Східного партнерства; речник|ЄС з питань зовнішньої політики"),
    ("un", "ООН", "ООН", "ООН", "в ООН", "f", "United Nations",
     "Організація Об’єднаних Націй; Організації Об’єднаних Націй",
     "Організація Об’єднаних Націй.",
     "генеральний секретар|ООН; заступник|генерального секретаря ООН; спеціальний представник|генерального секретаря ООН; речник|генерального секретаря ООН"),
    ("osce", "ОБСЄ", "ОБСЄ", "ОБСЄ", "в ОБСЄ", "f", "OSCE",
     "Організація з безпеки і співробітництва в Європі; Організації з безпеки і співробітництва в Європі",
     "Організація з безпеки і співробітництва в Європі.",
     "генеральний секретар|ОБСЄ; спеціальний представник|чинного голови ОБСЄ"),
    ("council-of-europe", "Рада Європи", "Ради Європи", "Раді Європи", "у Раді Європи", "f", "Council of Europe",
     "Радою Європи", "Міжнародна організація, що захищає права людини, демократію й верховенство права.",
     "генеральний секретар|Ради Європи; комісар|Ради Європи з прав людини"),
    ("iaea", "МАГАТЕ", "МАГАТЕ", "МАГАТЕ", "у МАГАТЕ", "n", "IAEA",
     "Міжнародне агентство з атомної енергії; Міжнародного агентства з атомної енергії",
     "Міжнародне агентство з атомної енергії.",
     "генеральний директор|МАГАТЕ; заступник|генерального директора МАГАТЕ"),
    ("g7", "Група семи", "Групи семи", "Групі семи", "у Групі семи", "f", "G7",
     "Велика сімка; Великої сімки", "Неформальне об’єднання семи найбільших розвинених економік.", ""),
    ("g20", "Група двадцяти", "Групи двадцяти", "Групі двадцяти", "у Групі двадцяти", "f", "G20",
     "Велика двадцятка; Великої двадцятки", "Форум двадцяти найбільших економік світу.", ""),
    ("european-parliament", "Європейський парламент", "Європейського парламенту", "Європейському парламенту",
     "у Європейському парламенті", "m", "European Parliament", "Європарламент; Європарламенту; Європарламенті",
     "Парламент Європейського Союзу.", "голова|Європейського парламенту"),
    ("wto", "СОТ", "СОТ", "СОТ", "у СОТ", "f", "WTO",
     "Світова організація торгівлі; Світової організації торгівлі", "Світова організація торгівлі.",
     "генеральний директор|СОТ"),
    ("imf", "МВФ", "МВФ", "МВФ", "у МВФ", "m", "IMF",
     "Міжнародний валютний фонд; Міжнародного валютного фонду", "Міжнародний валютний фонд.",
     "директор-розпорядник|МВФ"),
    ("world-bank", "Світовий банк", "Світового банку", "Світовому банку", "у Світовому банку", "m", "World Bank",
     "Світовим банком", "Міжнародна фінансова установа.", "президент|Світового банку"),
    ("icrc", "МКЧХ", "МКЧХ", "МКЧХ", "у МКЧХ", "m", "ICRC",
     "Міжнародний комітет Червоного Хреста; Міжнародного комітету Червоного Хреста",
     "Міжнародний комітет Червоного Хреста.", "президент|МКЧХ"),
    ("icc", "МКС", "МКС", "МКС", "у МКС", "m", "ICC",
     "Міжнародний кримінальний суд; Міжнародного кримінального суду", "Міжнародний кримінальний суд.",
     "прокурор|МКС"),
    ("ebrd", "ЄБРР", "ЄБРР", "ЄБРР", "у ЄБРР", "m", "EBRD",
     "Європейський банк реконструкції та розвитку; Європейського банку реконструкції та розвитку",
     "Європейський банк реконструкції та розвитку.", "президент|ЄБРР"),
    ("visegrad-group", "Вишеградська група", "Вишеградської групи", "Вишеградській групі", "у Вишеградській групі", "f",
     "Visegrád Group", "Вишеградська четвірка; Вишеградської четвірки; V4",
     "Об’єднання Польщі, Чехії, Словаччини та Угорщини.", ""),
    ("guam", "ГУАМ", "ГУАМ", "ГУАМ", "у ГУАМ", "m", "GUAM",
     "Організація за демократію та економічний розвиток", "Організація за демократію та економічний розвиток.",
     "генеральний секретар|ГУАМ"),
    ("bsec", "ОЧЕС", "ОЧЕС", "ОЧЕС", "в ОЧЕС", "f", "BSEC",
     "Організація Чорноморського економічного співробітництва; Організації Чорноморського економічного співробітництва",
     "Організація Чорноморського економічного співробітництва.", "генеральний секретар|ОЧЕС"),
    ("african-union", "Африканський союз", "Африканського союзу", "Африканському союзу", "в Африканському союзі", "m",
     "African Union", "Африканським союзом", "Союз держав Африки.", "голова|Комісії Африканського союзу"),
    ("asean", "АСЕАН", "АСЕАН", "АСЕАН", "в АСЕАН", "f", "ASEAN",
     "Асоціація держав Південно-Східної Азії", "Асоціація держав Південно-Східної Азії.",
     "генеральний секретар|АСЕАН"),
    ("arab-league", "Ліга арабських держав", "Ліги арабських держав", "Лізі арабських держав", "у Лізі арабських держав",
     "f", "Arab League", "Лігою арабських держав", "Регіональна організація арабських держав.",
     "генеральний секретар|Ліги арабських держав"),
    ("csto", "ОДКБ", "ОДКБ", "ОДКБ", "в ОДКБ", "f", "CSTO",
     "Організація Договору про колективну безпеку", "Організація Договору про колективну безпеку.",
     "генеральний секретар|ОДКБ"),
    ("sco", "ШОС", "ШОС", "ШОС", "у ШОС", "f", "SCO",
     "Шанхайська організація співробітництва; Шанхайської організації співробітництва",
     "Шанхайська організація співробітництва.", "генеральний секретар|ШОС"),
    ("brics", "БРІКС", "БРІКС", "БРІКС", "у БРІКС", "n", "BRICS", "", "Об’єднання Бразилії, Росії, Індії, Китаю та ПАР.", ""),
    ("nordic-council", "Північна рада", "Північної ради", "Північній раді", "у Північній раді", "f", "Nordic Council",
     "", "Міжпарламентська організація північних країн.", ""),
]
ORG_INS = {
    "eu": "Європейським Союзом", "council-of-europe": "Радою Європи", "g7": "Групою семи", "g20": "Групою двадцяти",
    "european-parliament": "Європейським парламентом", "world-bank": "Світовим банком",
    "visegrad-group": "Вишеградською групою", "african-union": "Африканським союзом",
    "arab-league": "Лігою арабських держав", "nordic-council": "Північною радою",
}
# Name groups the officials of international organizations are drawn from.
ORG_GROUPS = ["en", "fr", "de", "nordic", "it", "es", "pl", "nl", "lt", "el", "ro"]

# ---- media (actors, when an event is a publication) ----
MEDIA: list[tuple[str, str, str, str]] = [
    ("reuters", "Reuters", "Рейтер", "Міжнародне інформаційне агентство."),
    ("associated-press", "Associated Press", "AP; Ассошіейтед Прес", "Американське інформаційне агентство."),
    ("afp", "Agence France-Presse", "AFP; Франс Прес", "Французьке інформаційне агентство."),
    ("bloomberg", "Bloomberg", "Блумберг", "Американська медійна компанія."),
    ("new-york-times", "The New York Times", "New York Times; Нью-Йорк Таймс", "Американська щоденна газета."),
    ("washington-post", "The Washington Post", "Washington Post; Вашингтон пост", "Американська щоденна газета."),
    ("guardian", "The Guardian", "Guardian; Гардіан", "Британська щоденна газета."),
    ("financial-times", "Financial Times", "Файненшл Таймс", "Британська ділова газета."),
    ("wall-street-journal", "The Wall Street Journal", "Wall Street Journal; WSJ", "Американська ділова газета."),
    ("politico", "Politico", "Політико", "Американське політичне видання."),
    ("le-monde", "Le Monde", "Ле Монд", "Французька щоденна газета."),
    ("der-spiegel", "Der Spiegel", "Spiegel; Шпіґель", "Німецький тижневик."),
    ("faz", "Frankfurter Allgemeine Zeitung", "FAZ", "Німецька щоденна газета."),
    ("bbc", "BBC", "Бі-Бі-Сі", "Британська телерадіомовна корпорація."),
    ("cnn", "CNN", "Сі-Ен-Ен", "Американський телеканал новин."),
    ("axios", "Axios", "Аксіос", "Американське новинне видання."),
    ("economist", "The Economist", "Economist; Економіст", "Британський тижневик."),
    ("deutsche-welle", "Deutsche Welle", "DW; Дойче Веле", "Німецька міжнародна телерадіокомпанія."),
    ("corriere-della-sera", "Corriere della Sera", "Корр’єре делла Сера", "Італійська щоденна газета."),
    ("el-pais", "El País", "Ель Паїс", "Іспанська щоденна газета."),
    ("gazeta-wyborcza", "Gazeta Wyborcza", "Газета Виборча", "Польська щоденна газета."),
    ("al-jazeera", "Al Jazeera", "Аль-Джазіра", "Катарська телерадіокомпанія."),
    ("kyodo", "Kyodo News", "Кіодо", "Японське інформаційне агентство."),
    ("euronews", "Euronews", "Євроньюз", "Європейський телеканал новин."),
]

# ---- cities ----
# id, name, genitive, locative phrase, state id (or a country name, in Ukrainian), lat, lon, Latin.
CITIES: list[tuple] = [
    ("geneva", "Женева", "Женеви", "у Женеві", "switzerland", 46.2044, 6.1432, "Geneva"),
    ("brussels", "Брюссель", "Брюсселя", "у Брюсселі", "belgium", 50.8503, 4.3517, "Brussels"),
    ("kyiv", "Київ", "Києва", "у Києві", "ukraine", 50.4501, 30.5234, "Kyiv"),
    ("vienna", "Відень", "Відня", "у Відні", "austria", 48.2082, 16.3738, "Vienna"),
    ("washington", "Вашингтон", "Вашингтона", "у Вашингтоні", "usa", 38.9072, -77.0369, "Washington"),
    ("warsaw", "Варшава", "Варшави", "у Варшаві", "poland", 52.2297, 21.0122, "Warsaw"),
    ("berlin", "Берлін", "Берліна", "у Берліні", "germany", 52.52, 13.405, "Berlin"),
    ("paris", "Париж", "Парижа", "у Парижі", "france", 48.8566, 2.3522, "Paris"),
    ("london", "Лондон", "Лондона", "у Лондоні", "united-kingdom", 51.5074, -0.1278, "London"),
    ("istanbul", "Стамбул", "Стамбула", "у Стамбулі", "turkey", 41.0082, 28.9784, "Istanbul"),
    ("helsinki", "Гельсінкі", "Гельсінкі", "у Гельсінкі", "finland", 60.1699, 24.9384, "Helsinki"),
    ("new-york", "Нью-Йорк", "Нью-Йорка", "у Нью-Йорку", "usa", 40.7128, -74.006, "New York"),
    ("munich", "Мюнхен", "Мюнхена", "у Мюнхені", "germany", 48.1351, 11.582, "Munich"),
    ("rome", "Рим", "Рима", "у Римі", "italy", 41.9028, 12.4964, "Rome"),
    ("ankara", "Анкара", "Анкари", "в Анкарі", "turkey", 39.9334, 32.8597, "Ankara"),
    ("vilnius", "Вільнюс", "Вільнюса", "у Вільнюсі", "lithuania", 54.6872, 25.2797, "Vilnius"),
    ("strasbourg", "Страсбург", "Страсбурга", "у Страсбурзі", "france", 48.5734, 7.7521, "Strasbourg"),
    ("the-hague", "Гаага", "Гааги", "у Гаазі", "netherlands", 52.0705, 4.3007, "The Hague"),
    ("moscow", "Москва", "Москви", "у Москві", "russia", 55.7558, 37.6173, "Moscow"),
    ("beijing", "Пекін", "Пекіна", "у Пекіні", "china", 39.9042, 116.4074, "Beijing"),
    ("abu-dhabi", "Абу-Дабі", "Абу-Дабі", "в Абу-Дабі", "uae", 24.4539, 54.3773, "Abu Dhabi"),
    ("riyadh", "Ер-Ріяд", "Ер-Ріяда", "в Ер-Ріяді", "saudi-arabia", 24.7136, 46.6753, "Riyadh"),
    ("doha", "Доха", "Дохи", "у Досі", "qatar", 25.2854, 51.531, "Doha"),
    ("tokyo", "Токіо", "Токіо", "у Токіо", "japan", 35.6762, 139.6503, "Tokyo"),
    ("chisinau", "Кишинів", "Кишинева", "у Кишиневі", "moldova", 47.0105, 28.8638, "Chișinău"),
    ("bucharest", "Бухарест", "Бухареста", "у Бухаресті", "romania", 44.4268, 26.1025, "Bucharest"),
    ("budapest", "Будапешт", "Будапешта", "у Будапешті", "hungary", 47.4979, 19.0402, "Budapest"),
    ("prague", "Прага", "Праги", "у Празі", "czechia", 50.0755, 14.4378, "Prague"),
    ("bratislava", "Братислава", "Братислави", "у Братиславі", "slovakia", 48.1486, 17.1077, "Bratislava"),
    ("riga", "Рига", "Риги", "у Ризі", "latvia", 56.9496, 24.1052, "Riga"),
    ("tallinn", "Таллінн", "Таллінна", "у Таллінні", "estonia", 59.437, 24.7536, "Tallinn"),
    ("stockholm", "Стокгольм", "Стокгольма", "у Стокгольмі", "sweden", 59.3293, 18.0686, "Stockholm"),
    ("oslo", "Осло", "Осло", "в Осло", "norway", 59.9139, 10.7522, "Oslo"),
    ("copenhagen", "Копенгаген", "Копенгагена", "у Копенгагені", "denmark", 55.6761, 12.5683, "Copenhagen"),
    ("madrid", "Мадрид", "Мадрида", "у Мадриді", "spain", 40.4168, -3.7038, "Madrid"),
    ("lisbon", "Лісабон", "Лісабона", "у Лісабоні", "portugal", 38.7223, -9.1393, "Lisbon"),
    ("dublin", "Дублін", "Дубліна", "у Дубліні", "ireland", 53.3498, -6.2603, "Dublin"),
    ("ottawa", "Оттава", "Оттави", "в Оттаві", "canada", 45.4215, -75.6972, "Ottawa"),
    ("tbilisi", "Тбілісі", "Тбілісі", "у Тбілісі", "georgia", 41.7151, 44.8271, "Tbilisi"),
    ("baku", "Баку", "Баку", "у Баку", "azerbaijan", 40.4093, 49.8671, "Baku"),
    ("yerevan", "Єреван", "Єревана", "в Єревані", "armenia", 40.1792, 44.4991, "Yerevan"),
    ("astana", "Астана", "Астани", "в Астані", "kazakhstan", 51.1605, 71.4704, "Astana"),
    ("minsk", "Мінськ", "Мінська", "у Мінську", "belarus", 53.9006, 27.559, "Minsk"),
    ("new-delhi", "Нью-Делі", "Нью-Делі", "у Нью-Делі", "india", 28.6139, 77.209, "New Delhi"),
    ("jerusalem", "Єрусалим", "Єрусалима", "в Єрусалимі", "israel", 31.7683, 35.2137, "Jerusalem"),
    ("cairo", "Каїр", "Каїра", "у Каїрі", "egypt", 30.0444, 31.2357, "Cairo"),
    ("seoul", "Сеул", "Сеула", "у Сеулі", "south-korea", 37.5665, 126.978, "Seoul"),
    ("athens", "Афіни", "Афін", "в Афінах", "greece", 37.9838, 23.7275, "Athens"),
    ("sofia", "Софія", "Софії", "у Софії", "bulgaria", 42.6977, 23.3219, "Sofia"),
    ("belgrade", "Белград", "Белграда", "у Белграді", "serbia", 44.7866, 20.4489, "Belgrade"),
    ("zagreb", "Загреб", "Загреба", "у Загребі", "croatia", 45.815, 15.9819, "Zagreb"),
    ("lviv", "Львів", "Львова", "у Львові", "ukraine", 49.8397, 24.0297, "Lviv"),
    ("odesa", "Одеса", "Одеси", "в Одесі", "ukraine", 46.4825, 30.7233, "Odesa"),
    ("kharkiv", "Харків", "Харкова", "у Харкові", "ukraine", 49.9935, 36.2304, "Kharkiv"),
    ("dnipro", "Дніпро", "Дніпра", "у Дніпрі", "ukraine", 48.4647, 35.0462, "Dnipro"),
    ("uzhhorod", "Ужгород", "Ужгорода", "в Ужгороді", "ukraine", 48.6208, 22.2879, "Uzhhorod"),
    ("chernivtsi", "Чернівці", "Чернівців", "у Чернівцях", "ukraine", 48.2915, 25.9403, "Chernivtsi"),
    ("vinnytsia", "Вінниця", "Вінниці", "у Вінниці", "ukraine", 49.2331, 28.4682, "Vinnytsia"),
    ("krakow", "Краків", "Кракова", "у Кракові", "poland", 50.0647, 19.945, "Kraków"),
    ("rzeszow", "Ряшів", "Ряшева", "у Ряшеві", "poland", 50.0412, 21.9991, "Rzeszów"),
    ("lublin", "Люблін", "Любліна", "у Любліні", "poland", 51.2465, 22.5684, "Lublin"),
    ("gdansk", "Гданськ", "Гданська", "у Гданську", "poland", 54.352, 18.6466, "Gdańsk"),
    ("bonn", "Бонн", "Бонна", "у Бонні", "germany", 50.7374, 7.0982, "Bonn"),
    ("ramstein", "Рамштайн", "Рамштайна", "у Рамштайні", "germany", 49.4447, 7.5602, "Ramstein"),
    ("frankfurt", "Франкфурт-на-Майні", "Франкфурта-на-Майні", "у Франкфурті-на-Майні", "germany", 50.1109, 8.6821, "Frankfurt am Main"),
    ("hamburg", "Гамбург", "Гамбурга", "у Гамбурзі", "germany", 53.5511, 9.9937, "Hamburg"),
    ("lyon", "Ліон", "Ліона", "у Ліоні", "france", 45.764, 4.8357, "Lyon"),
    ("marseille", "Марсель", "Марселя", "у Марселі", "france", 43.2965, 5.3698, "Marseille"),
    ("amsterdam", "Амстердам", "Амстердама", "в Амстердамі", "netherlands", 52.3676, 4.9041, "Amsterdam"),
    ("bern", "Берн", "Берна", "у Берні", "switzerland", 46.948, 7.4474, "Bern"),
    ("davos", "Давос", "Давоса", "у Давосі", "switzerland", 46.8027, 9.836, "Davos"),
    ("lausanne", "Лозанна", "Лозанни", "у Лозанні", "switzerland", 46.5197, 6.6323, "Lausanne"),
    ("zurich", "Цюрих", "Цюриха", "у Цюриху", "switzerland", 47.3769, 8.5417, "Zurich"),
    ("montreux", "Монтре", "Монтре", "у Монтре", "switzerland", 46.4312, 6.9107, "Montreux"),
    ("salzburg", "Зальцбург", "Зальцбурга", "у Зальцбурзі", "austria", 47.8095, 13.055, "Salzburg"),
    ("milan", "Мілан", "Мілана", "у Мілані", "italy", 45.4642, 9.19, "Milan"),
    ("florence", "Флоренція", "Флоренції", "у Флоренції", "italy", 43.7696, 11.2558, "Florence"),
    ("barcelona", "Барселона", "Барселони", "у Барселоні", "spain", 41.3874, 2.1686, "Barcelona"),
    ("edinburgh", "Единбург", "Единбурга", "в Единбурзі", "united-kingdom", 55.9533, -3.1883, "Edinburgh"),
    ("camp-david", "Кемп-Девід", "Кемп-Девіда", "у Кемп-Девіді", "usa", 39.6483, -77.465, "Camp David"),
    ("san-francisco", "Сан-Франциско", "Сан-Франциско", "у Сан-Франциско", "usa", 37.7749, -122.4194, "San Francisco"),
    ("miami", "Маямі", "Маямі", "у Маямі", "usa", 25.7617, -80.1918, "Miami"),
    ("anchorage", "Анкоридж", "Анкориджа", "в Анкориджі", "usa", 61.2181, -149.9003, "Anchorage"),
    ("montreal", "Монреаль", "Монреаля", "у Монреалі", "canada", 45.5019, -73.5674, "Montreal"),
    ("toronto", "Торонто", "Торонто", "у Торонто", "canada", 43.6532, -79.3832, "Toronto"),
    ("thessaloniki", "Салоніки", "Салонік", "у Салоніках", "greece", 40.6401, 22.9444, "Thessaloniki"),
    ("antalya", "Анталія", "Анталії", "в Анталії", "turkey", 36.8969, 30.7133, "Antalya"),
    ("batumi", "Батумі", "Батумі", "у Батумі", "georgia", 41.6168, 41.6367, "Batumi"),
    ("almaty", "Алмати", "Алмати", "в Алмати", "kazakhstan", 43.222, 76.8512, "Almaty"),
    ("saint-petersburg", "Санкт-Петербург", "Санкт-Петербурга", "у Санкт-Петербурзі", "russia", 59.9311, 30.3609, "Saint Petersburg"),
    ("sochi", "Сочі", "Сочі", "у Сочі", "russia", 43.6028, 39.7342, "Sochi"),
    ("tel-aviv", "Тель-Авів", "Тель-Авіва", "у Тель-Авіві", "israel", 32.0853, 34.7818, "Tel Aviv"),
    ("sharm-el-sheikh", "Шарм-ель-Шейх", "Шарм-ель-Шейха", "у Шарм-ель-Шейху", "egypt", 27.9158, 34.33, "Sharm El Sheikh"),
    ("jeddah", "Джидда", "Джидди", "у Джидді", "saudi-arabia", 21.4858, 39.1925, "Jeddah"),
    ("dubai", "Дубай", "Дубая", "у Дубаї", "uae", 25.2048, 55.2708, "Dubai"),
    ("shanghai", "Шанхай", "Шанхая", "у Шанхаї", "china", 31.2304, 121.4737, "Shanghai"),
    ("hiroshima", "Хіросіма", "Хіросіми", "у Хіросімі", "japan", 34.3853, 132.4553, "Hiroshima"),
    ("brasilia", "Бразиліа", "Бразиліа", "у Бразиліа", "brazil", -15.7939, -47.8828, "Brasília"),
    ("rio-de-janeiro", "Ріо-де-Жанейро", "Ріо-де-Жанейро", "у Ріо-де-Жанейро", "brazil", -22.9068, -43.1729, "Rio de Janeiro"),
    ("mexico-city", "Мехіко", "Мехіко", "у Мехіко", "mexico", 19.4326, -99.1332, "Mexico City"),
    ("canberra", "Канберра", "Канберри", "у Канберрі", "australia", -35.2809, 149.13, "Canberra"),
    ("sydney", "Сідней", "Сіднея", "у Сіднеї", "australia", -33.8688, 151.2093, "Sydney"),
    ("pretoria", "Преторія", "Преторії", "у Преторії", "south-africa", -25.7479, 28.2293, "Pretoria"),
    ("johannesburg", "Йоганнесбург", "Йоганнесбурга", "у Йоганнесбурзі", "south-africa", -26.2041, 28.0473, "Johannesburg"),
    ("tehran", "Тегеран", "Тегерана", "у Тегерані", "iran", 35.6892, 51.389, "Tehran"),
    ("amman", "Амман", "Аммана", "в Аммані", "Йорданія", 31.9454, 35.9284, "Amman"),
    ("beirut", "Бейрут", "Бейрута", "у Бейруті", "Ліван", 33.8938, 35.5018, "Beirut"),
    ("muscat", "Маскат", "Маската", "у Маскаті", "Оман", 23.588, 58.3829, "Muscat"),
    ("singapore", "Сінгапур", "Сінгапуру", "у Сінгапурі", "Сінгапур", 1.3521, 103.8198, "Singapore"),
    ("jakarta", "Джакарта", "Джакарти", "у Джакарті", "Індонезія", -6.2088, 106.8456, "Jakarta"),
    ("bali", "Балі", "Балі", "на Балі", "Індонезія", -8.3405, 115.092, "Bali"),
    ("bangkok", "Бангкок", "Бангкока", "у Бангкоку", "Таїланд", 13.7563, 100.5018, "Bangkok"),
    ("hanoi", "Ханой", "Ханоя", "у Ханої", "В’єтнам", 21.0278, 105.8342, "Hanoi"),
    ("manila", "Маніла", "Маніли", "у Манілі", "Філіппіни", 14.5995, 120.9842, "Manila"),
    ("ulaanbaatar", "Улан-Батор", "Улан-Батора", "в Улан-Баторі", "Монголія", 47.8864, 106.9057, "Ulaanbaatar"),
    ("tashkent", "Ташкент", "Ташкента", "у Ташкенті", "Узбекистан", 41.2995, 69.2401, "Tashkent"),
    ("bishkek", "Бішкек", "Бішкека", "у Бішкеку", "Киргизстан", 42.8746, 74.5698, "Bishkek"),
    ("dushanbe", "Душанбе", "Душанбе", "у Душанбе", "Таджикистан", 38.5598, 68.787, "Dushanbe"),
    ("ashgabat", "Ашгабат", "Ашгабата", "в Ашгабаті", "Туркменістан", 37.9601, 58.3261, "Ashgabat"),
    ("ljubljana", "Любляна", "Любляни", "у Любляні", "Словенія", 46.0569, 14.5058, "Ljubljana"),
    ("sarajevo", "Сараєво", "Сараєва", "у Сараєві", "Боснія і Герцеговина", 43.8563, 18.4131, "Sarajevo"),
    ("tirana", "Тирана", "Тирани", "у Тирані", "Албанія", 41.3275, 19.8187, "Tirana"),
    ("skopje", "Скоп’є", "Скоп’є", "у Скоп’є", "Північна Македонія", 41.9981, 21.4254, "Skopje"),
    ("valletta", "Валлетта", "Валлетти", "у Валлетті", "Мальта", 35.8989, 14.5146, "Valletta"),
    ("nicosia", "Нікосія", "Нікосії", "у Нікосії", "Кіпр", 35.1856, 33.3823, "Nicosia"),
    ("reykjavik", "Рейк’явік", "Рейк’явіка", "у Рейк’явіку", "Ісландія", 64.1466, -21.9426, "Reykjavík"),
    ("vatican", "Ватикан", "Ватикану", "у Ватикані", "Ватикан", 41.9029, 12.4534, "Vatican City"),
    ("addis-ababa", "Аддис-Абеба", "Аддис-Абеби", "в Аддис-Абебі", "Ефіопія", 9.03, 38.74, "Addis Ababa"),
    ("nairobi", "Найробі", "Найробі", "у Найробі", "Кенія", -1.2921, 36.8219, "Nairobi"),
    ("abuja", "Абуджа", "Абуджі", "в Абуджі", "Нігерія", 9.0765, 7.3986, "Abuja"),
    ("rabat", "Рабат", "Рабата", "у Рабаті", "Марокко", 34.0209, -6.8416, "Rabat"),
    ("dakar", "Дакар", "Дакара", "у Дакарі", "Сенегал", 14.7167, -17.4677, "Dakar"),
    ("buenos-aires", "Буенос-Айрес", "Буенос-Айреса", "у Буенос-Айресі", "Аргентина", -34.6037, -58.3816, "Buenos Aires"),
    ("santiago", "Сантьяго", "Сантьяго", "у Сантьяго", "Чилі", -33.4489, -70.6693, "Santiago"),
    ("lima", "Ліма", "Ліми", "у Лімі", "Перу", -12.0464, -77.0428, "Lima"),
    ("wellington", "Веллінгтон", "Веллінгтона", "у Веллінгтоні", "Нова Зеландія", -41.2865, 174.7762, "Wellington"),
    ("dayton", "Дейтон", "Дейтона", "у Дейтоні", "usa", 39.7589, -84.1916, "Dayton"),
]
# Venues within a city, when the chronicle needs more places than cities: id, name, locative phrase.
VENUES: list[tuple[str, str, str]] = [
    ("congress-centre", "Конгрес-центр", "у конгрес-центрі"),
    ("presidential-palace", "Президентський палац", "у президентському палаці"),
    ("government-residence", "Урядова резиденція", "в урядовій резиденції"),
    ("foreign-ministry-building", "Будівля зовнішньополітичного відомства", "у будівлі зовнішньополітичного відомства"),
    ("city-hall", "Ратуша", "у ратуші"),
    ("parliament-building", "Будівля парламенту", "у будівлі парламенту"),
    ("airport", "Міжнародний аеропорт", "у міжнародному аеропорту"),
    ("military-base", "Військова база", "на військовій базі"),
    ("conference-hotel", "Конференц-готель", "у конференц-готелі"),
]

# ---- topics ----
# id, name, genitive, English, description
TOPIC_DOMAINS: list[tuple[str, str, str, str, str]] = [
    ("arms-control", "Контроль над озброєннями", "контролю над озброєннями", "arms control", "Договори й домовленості, що обмежують озброєння та дозволяють перевіряти їх."),
    ("strategic-stability", "Стратегічна стабільність", "стратегічної стабільності", "strategic stability", "Діалог ядерних держав про те, як уникнути війни через прорахунок."),
    ("sanctions", "Санкції", "санкцій", "sanctions", "Економічні й політичні обмеження, запроваджені державами та союзами."),
    ("energy-security", "Енергетична безпека", "енергетичної безпеки", "energy security", "Надійне постачання енергії та захист енергетичної інфраструктури."),
    ("gas-transit", "Транзит газу", "транзиту газу", "gas transit", "Умови й обсяги транзиту природного газу."),
    ("nuclear-safety", "Ядерна безпека", "ядерної безпеки", "nuclear safety", "Безпека ядерних об’єктів і матеріалів."),
    ("nonproliferation", "Нерозповсюдження ядерної зброї", "нерозповсюдження ядерної зброї", "nuclear non-proliferation", "Режим, що стримує поширення ядерної зброї."),
    ("ceasefire", "Режим припинення вогню", "режиму припинення вогню", "ceasefire", "Домовленості про припинення бойових дій і нагляд за ними."),
    ("prisoner-exchange", "Обмін полоненими", "обміну полоненими", "prisoner exchange", "Переговори про звільнення й обмін полоненими."),
    ("humanitarian-aid", "Гуманітарна допомога", "гуманітарної допомоги", "humanitarian aid", "Допомога постраждалим від війн і катастроф."),
    ("grain-exports", "Експорт зерна", "експорту зерна", "grain exports", "Безпечні маршрути й умови вивезення зерна."),
    ("maritime-security", "Безпека судноплавства", "безпеки судноплавства", "maritime security", "Свобода й безпека торговельного судноплавства."),
    ("security-guarantees", "Гарантії безпеки", "гарантій безпеки", "security guarantees", "Зобов’язання держав захищати безпеку інших."),
    ("euro-atlantic-integration", "Євроатлантична інтеграція", "євроатлантичної інтеграції", "Euro-Atlantic integration", "Рух держав до членства в євроатлантичних союзах."),
    ("european-integration", "Європейська інтеграція", "європейської інтеграції", "European integration", "Переговори про членство та наближення до європейських правил."),
    ("visa-free-travel", "Безвізовий режим", "безвізового режиму", "visa-free travel", "Поїздки без віз і умови їх збереження."),
    ("trade-agreements", "Торговельні угоди", "торговельних угод", "trade agreements", "Угоди про умови торгівлі між державами."),
    ("free-trade", "Вільна торгівля", "вільної торгівлі", "free trade", "Зони вільної торгівлі й скасування мит."),
    ("cybersecurity", "Кібербезпека", "кібербезпеки", "cybersecurity", "Захист від кібератак і співпраця в кіберпросторі."),
    ("climate-policy", "Кліматична політика", "кліматичної політики", "climate policy", "Зобов’язання щодо скорочення викидів і адаптації до змін клімату."),
    ("migration-policy", "Міграційна політика", "міграційної політики", "migration policy", "Правила перетину кордонів і прийому мігрантів."),
    ("territorial-integrity", "Територіальна цілісність", "територіальної цілісності", "territorial integrity", "Непорушність кордонів і суверенітет держав."),
    ("war-crimes-accountability", "Відповідальність за воєнні злочини", "відповідальності за воєнні злочини", "accountability for war crimes", "Розслідування воєнних злочинів і покарання винних."),
    ("reconstruction", "Відбудова", "відбудови", "reconstruction", "Відновлення зруйнованого війною."),
    ("military-aid", "Військова допомога", "військової допомоги", "military aid", "Постачання озброєння й навчання військових."),
    ("air-defence", "Протиповітряна оборона", "протиповітряної оборони", "air defence", "Захист неба від ракет і безпілотників."),
    ("peace-settlement", "Мирне врегулювання", "мирного врегулювання", "peace settlement", "Переговори про завершення збройних конфліктів."),
    ("minority-rights", "Права національних меншин", "прав національних меншин", "minority rights", "Мовні й освітні права меншин."),
    ("border-demarcation", "Демаркація кордону", "демаркації кордону", "border demarcation", "Позначення державного кордону на місцевості."),
    ("diplomatic-relations", "Дипломатичні відносини", "дипломатичних відносин", "diplomatic relations", "Встановлення, розрив і відновлення дипломатичних відносин."),
    ("investment-cooperation", "Інвестиційне співробітництво", "інвестиційного співробітництва", "investment cooperation", "Захист і заохочення взаємних інвестицій."),
    ("transport-corridors", "Транспортні коридори", "транспортних коридорів", "transport corridors", "Міжнародні шляхи перевезення вантажів і людей."),
    ("food-security", "Продовольча безпека", "продовольчої безпеки", "food security", "Доступ до продовольства й стабільність його постачання."),
    ("defence-industry", "Оборонно-промислова співпраця", "оборонно-промислової співпраці", "defence-industrial cooperation", "Спільне виробництво озброєння й військової техніки."),
    ("military-channels", "Канали військового зв’язку", "каналів військового зв’язку", "military communication channels", "Прямий зв’язок між військовими, що запобігає інцидентам."),
    ("refugees", "Біженці", "біженців", "refugees", "Прийом і захист людей, що втекли від війни."),
    ("nuclear-power-plants", "Безпека атомних електростанцій", "безпеки атомних електростанцій", "nuclear power plant safety", "Безпека атомних станцій у зоні бойових дій і поза нею."),
    ("debt-restructuring", "Реструктуризація боргу", "реструктуризації боргу", "debt restructuring", "Перегляд умов державного боргу."),
    ("frozen-assets", "Заморожені активи", "заморожених активів", "frozen assets", "Використання заморожених державних активів."),
    ("demining", "Гуманітарне розмінування", "гуманітарного розмінування", "humanitarian demining", "Очищення територій від мін і вибухонебезпечних предметів."),
    ("hybrid-threats", "Гібридні загрози", "гібридних загроз", "hybrid threats", "Дезінформація, кібератаки й тиск нижче порогу війни."),
    ("countering-disinformation", "Протидія дезінформації", "протидії дезінформації", "countering disinformation", "Викриття й стримування державної пропаганди."),
    ("space-cooperation", "Космічна співпраця", "космічної співпраці", "space cooperation", "Спільні космічні програми й правила поведінки в космосі."),
    ("human-rights", "Права людини", "прав людини", "human rights", "Дотримання прав і свобод людини."),
    ("return-of-deported-children", "Повернення депортованих дітей", "повернення депортованих дітей", "return of deported children", "Розшук і повернення незаконно вивезених дітей."),
    ("critical-raw-materials", "Критична сировина", "критичної сировини", "critical raw materials", "Доступ до рідкісних металів і мінералів."),
    ("customs-tariffs", "Мита й тарифи", "мит і тарифів", "customs and tariffs", "Ставки мит і торговельні обмеження."),
    ("water-resources", "Водні ресурси", "водних ресурсів", "water resources", "Спільне використання річок і водосховищ."),
]
TOPIC_REGIONS: list[tuple[str, str, str]] = [
    ("black-sea", "у Чорноморському регіоні", "in the Black Sea region"),
    ("baltic", "на Балтиці", "in the Baltic"),
    ("balkans", "на Балканах", "in the Balkans"),
    ("middle-east", "на Близькому Сході", "in the Middle East"),
    ("central-asia", "у Центральній Азії", "in Central Asia"),
    ("south-caucasus", "на Південному Кавказі", "in the South Caucasus"),
    ("central-europe", "у Центральній Європі", "in Central Europe"),
    ("arctic", "в Арктиці", "in the Arctic"),
    ("indo-pacific", "в Індо-Тихоокеанському регіоні", "in the Indo-Pacific"),
    ("danube", "у Придунав’ї", "in the Danube region"),
    ("mediterranean", "у Середземномор’ї", "in the Mediterranean"),
    ("africa", "в Африці", "in Africa"),
]

# ---- Ukrainian outlets (sources), with a host name for their addresses ----
OUTLETS: list[tuple[str, str]] = [
    ("УНІАН", "unian"), ("Укрінформ", "ukrinform"), ("Європейська правда", "eurointegration"),
    ("Українська правда", "pravda"), ("Інтерфакс-Україна", "interfax"), ("РБК-Україна", "rbc"),
    ("Суспільне", "suspilne"), ("ZN.UA", "zn"), ("LB.ua", "lb"), ("Радіо Свобода", "radiosvoboda"),
    ("Главком", "glavcom"), ("NV", "nv"), ("ТСН", "tsn"), ("Новинарня", "novynarnia"),
]
PHOTO_CREDITS = ["REUTERS", "AP", "EPA", "AFP", "Getty Images", "УНІАН", "пресслужби відомства"]

# ---- dates ----
MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
MONTHS_LOC = ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"]
WEEKDAYS_ACC = ["у понеділок", "у вівторок", "у середу", "у четвер", "у п’ятницю", "у суботу", "у неділю"]
NUMBERS_HOURS = ["дві години", "три години", "чотири години", "п’ять годин", "шість годин", "сім годин", "вісім годин"]

# ---- what officials say ----
# A phrase marked "T:" fits talks, meetings, calls, visits, summits, agreements and treaties only;
# "A:" agreements and treaties only; the rest fit any event. {t} is a topic in the genitive.
DIRECT_QUOTES = [
    "Ми готові продовжувати діалог щодо {t}, але не ціною наших принципів",
    "T:Переговори були складними, але конструктивними",
    "Наша позиція щодо {t} залишається незмінною",
    "T:Це важливий крок до відновлення довіри між нашими країнами",
    "Ми очікуємо від партнерів конкретних кроків, а не лише заяв",
    "Жодних рішень щодо {t} без участі всіх сторін ухвалено не буде",
    "T:Ми домовилися продовжити роботу на рівні експертів",
    "Безпека в регіоні неможлива без поваги до міжнародного права",
    "T:Наступний раунд має дати відчутні результати",
    "Ми не бачимо альтернативи дипломатичному шляху",
    "Питання {t} залишається нашим головним пріоритетом",
    "T:Сторони погодилися, що діалог має тривати",
    "Ми високо цінуємо підтримку наших партнерів",
    "A:Це рішення відповідає інтересам обох країн",
    "Ми закликаємо всі сторони утриматися від кроків, що можуть призвести до ескалації",
    "Домовленості мають бути виконані в повному обсязі",
    "Час для напівзаходів минув",
    "Ми відкриті до компромісу, але не до поступок у питаннях суверенітету",
    "Без прогресу щодо {t} говорити про нормалізацію відносин передчасно",
    "Це не питання найближчих днів, але рух є",
    "Ми уважно вивчимо пропозиції й дамо відповідь найближчим часом",
    "A:Угода створює надійну основу для співпраці на роки вперед",
    "T:Ми фіксуємо прогрес, хоча розбіжності залишаються",
    "Наші країни мають спільне бачення щодо {t}",
    "Такі дії підривають довіру та стабільність у регіоні",
    "T:Ми говорили відверто, і це було корисно для обох сторін",
    "A:Жоден документ не варто підписувати поспіхом",
    "A:Ми розраховуємо на швидку ратифікацію угоди",
    "T:Сьогодні ми зробили те, що довго здавалося неможливим",
    "Наші експерти вже працюють над деталями щодо {t}",
    "Мир можливий лише тоді, коли його гарантії реальні",
    "Ми не приймемо рішень, ухвалених за нашою спиною",
    "Тиск лише зростатиме, доки не буде виконано всіх умов",
    "T:Ця зустріч відкриває нову сторінку в наших відносинах",
    "Ми будемо відстоювати свої інтереси всіма дипломатичними засобами",
    "Жодна країна не може вирішити питання {t} самотужки",
]
# Added to a direct quote without a comma of its own.
QUOTE_TAILS = ["", "", "", "", " — і це принципово", ", і ми говоримо про це відкрито", " — і від цього ми не відступимо",
               " — це наша спільна відповідальність", ", хоча попереду ще багато роботи"]

# Indirect speech, reported after "зазначив, що": {t} a topic, {x} the other side (genitive), {xi} (instrumental).
INDIRECT_CLAUSES = [
    "T:переговори були складними, але конкретними",
    "T:сторони домовилися продовжити консультації на рівні експертів",
    "T:наступний раунд переговорів може відбутися вже найближчим часом",
    "розбіжності щодо {t} залишаються суттєвими",
    "без прогресу щодо {t} нормалізація відносин неможлива",
    "позиція {x} щодо {t} не змінилася",
    "діалог з {xi} щодо {t} має тривати",
    "від {x} очікують конкретних кроків щодо {t}",
    "співпраця з {xi} у сфері {t} виходить на новий рівень",
    "T:питання {t} обговорювали детально й без дипломатичних формальностей",
    "T:сторони поставилися до пропозицій серйозно",
    "A:домовленості щодо {t} мають бути оформлені письмово",
    "останні кроки {x} ускладнюють пошук компромісу",
    "T:зустріч пройшла в робочій атмосфері",
    "питання {t} потребує рішень на найвищому рівні",
    "відповідь {x} на ці пропозиції очікують найближчим часом",
]

# Sentences that name nobody, to fill an article out.
FILLERS = [
    "Про це повідомляє пресслужба відомства.",
    "T:Деталі домовленостей наразі не розголошуються.",
    "Експерти називають цей крок важливим сигналом для всього регіону.",
    "T:Офіційних коментарів щодо результатів зустрічі поки що не надходило.",
    "T:Наступний раунд консультацій, за попередніми даними, може відбутися вже найближчими тижнями.",
    "T:Зустріч проходила за зачиненими дверима; після її завершення спільної пресконференції не було.",
    "T:Аналітики звертають увагу, що це перший контакт такого рівня за останні місяці.",
    "T:Журналістів до зали переговорів не допустили.",
    "Питання {t} залишається одним із найчутливіших у порядку денному.",
    "Раніше сторони вже обговорювали питання {t}, однак тоді дійти згоди не вдалося.",
    "Як зазначають оглядачі, від подальших кроків значною мірою залежить динаміка відносин.",
    "T:Про підсумки зустрічі сторони домовилися поінформувати своїх партнерів.",
    "T:Дипломатичні джерела описують атмосферу переговорів як напружену, але ділову.",
    "T:Сторони також узгодили графік подальших консультацій.",
    "Оглядачі пов’язують цей крок із загостренням ситуації в регіоні.",
    "Тему {t} найближчим часом обговорять і на інших міжнародних майданчиках.",
    "Офіційної реакції інших столиць поки що не було.",
]

# Headlines of other news the capture happened to include (cut by the cleaning rules).
TEASERS = [
    "Курс долара: прогноз на наступний тиждень",
    "Синоптики попередили про різке похолодання",
    "Що відомо про нові правила перетину кордону",
    "Ціни на пальне: що зміниться з наступного місяця",
    "У Європі обговорюють нові підходи до {t}",
    "Опитування показало ставлення громадян до переговорів",
    "Головні новини дня коротко",
    "Експерти оцінили перспективи {t}",
    "{c} прийматиме міжнародну конференцію з питань {t}",
    "Посли країн ЄС погодили новий пакет рішень",
    "У парламенті зареєстрували законопроєкт про {k}",
    "Аналітики назвали три сценарії розвитку подій",
    "Що змінилося в роботі посольств за останній рік",
    "Енергетики попереджають про можливі відключення",
    "Дипломати обговорили підготовку до саміту",
]
TEASER_KEYS = ["санкції", "кібербезпеку", "міграцію", "безвізовий режим", "енергоринок", "митні правила"]
RUBRICS = ["Політика", "Світ", "Економіка", "Війна", "Суспільство", "Новини"]


class SynthError(Exception):
    """Why a synthetic chronicle cannot be written, in the user's terms."""


@dataclass(frozen=True)
class Summary:
    events: int
    actors: int
    sources: int
    topics: int
    places: int
    quotes: int
    files: int
    bytes: int
    seconds: float

    def line(self, target: Path) -> str:
        return (
            f"chronicle synth: {self.events} events, {self.actors} actors, {self.sources} sources, {self.topics} topics, "
            f"{self.places} places, {self.quotes} quotes in {target} ({self.files} files, {self.bytes:,} bytes, {self.seconds:.1f} s)"
        )


# ---------------------------------------------------------------------------------------------
# Ukrainian forms and Latin spellings


_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "’": "", "'": "", "-": "-",
}
_TRANSLIT_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def translit(word: str) -> str:
    """Ukrainian to Latin by the national system (Cabinet of Ministers resolution 55, 2010)."""
    low = word.lower()
    out = []
    i = 0
    while i < len(low):
        if low.startswith("зг", i):
            out.append("zgh")
            i += 2
            continue
        ch = low[i]
        table = _TRANSLIT_FIRST if i == 0 or low[i - 1] in " -" else {}
        out.append(table.get(ch, _TRANSLIT.get(ch, ch)))
        i += 1
    return "-".join(" ".join(w[:1].upper() + w[1:] for w in part.split(" ")) for part in "".join(out).split("-"))


_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i", "œ": "oe"})


def slug(text: str) -> str:
    """A lowercase ASCII slug of a Latin text."""
    text = unicodedata.normalize("NFKD", text.translate(_ASCII)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _dat_stem(stem: str) -> str:
    """Consonant change before -і in the dative of a feminine noun: Ольга → Ользі."""
    return stem[:-1] + {"г": "з", "к": "ц", "х": "с"}.get(stem[-1], stem[-1])


def decline(word: str, female: bool, group: str, first: bool) -> tuple[str, str, str] | None:
    """Genitive, dative, instrumental of a name; None when it does not decline."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if female:
        if word.endswith(("ська", "цька", "зька")) or (not first and word.endswith(("ова", "ева", "єва", "іна", "їна"))):
            stem = word[:-1]
            return stem + "ої", stem + "ій", stem + "ою"
        if word.endswith("ія"):
            stem = word[:-1]
            return stem + "ї", stem + "ї", stem + "єю"
        if word.endswith("а") and word[-2] not in "аеєиіїоуюя":
            stem = word[:-1]
            soft = stem[-1] in "жчшщ"
            return stem + ("і" if soft else "и"), _dat_stem(stem) + "і", stem + ("ею" if soft else "ою")
        return None
    if word.endswith(("ий",)):
        stem = word[:-2]
        return stem + "ого", stem + "ому", stem + "им"
    if word.endswith("ій"):
        stem = word[:-2]
        return stem + "ія", stem + "ію", stem + "ієм"
    if word.endswith("й") and word[-2] in "аеоуєи":
        stem = word[:-1]
        return stem + "я", stem + "ю", stem + "єм"
    if word.endswith("ь"):
        stem = word[:-1]
        return stem + "я", stem + "ю", stem + "ем"
    if word[-1] in "оа" and group in SLAVIC:
        stem = word[:-1]
        if word[-1] == "о":
            return stem + "а", stem + "у", stem + "ом"
        soft = stem[-1] in "жчшщ"
        return stem + ("і" if soft else "и"), _dat_stem(stem) + "і", stem + ("ею" if soft else "ою")
    if word[-1] in "аяеєиіїуюо":
        return None
    if word.endswith(("ов", "ев", "єв")) or (group in POSSESSIVE_IN and word.endswith(("ін", "їн"))):
        return word + "а", word + "у", word + "им"
    return word + "а", word + "у", word + ("ем" if word[-1] in "жчшщц" else "ом")


def _entries(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def _name_parts(entry: str) -> tuple[str, str, bool]:
    """'Uk Latin' (or 'Uk' for Ukrainian names) -> (Ukrainian, Latin, declines)."""
    uk, _, latin = entry.partition(" ")
    declines = not uk.endswith("=")
    uk = uk.rstrip("=")
    return uk, (latin or translit(uk)), declines


_BEFORE_SIBILANT = re.compile(r"(?<!\w)з (?=[зсцшщжчЗСЦШЩЖЧ])")


def euphony(text: str) -> str:
    """"з заступником" → "із заступником": the preposition before a sibilant, as Ukrainian writes it."""
    return _BEFORE_SIBILANT.sub("із ", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lc(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------------------------------------
# YAML, written by hand in the house layout


_PLAIN_FIRST = re.compile(r"[^\W\d_]|«")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}


def ys(text: str, flow: bool = False) -> str:
    """A YAML scalar: plain when that reads back as the same text, else double-quoted."""
    plain = (
        bool(text)
        and _PLAIN_FIRST.match(text) is not None
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and "\n" not in text
        and "\t" not in text
        and text.lower() not in _YAML_WORDS
        and not (flow and any(c in text for c in ",[]{}"))
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def ylist(items) -> str:
    return "[" + ", ".join(ys(i, flow=True) for i in items) + "]"


def ydate(text: str) -> str:
    return text if "-" in text else f"'{text}'"


def yblock(key: str, text: str) -> str:
    lines = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, 96, break_long_words=False, break_on_hyphens=False) or [""]
    return f"{key}: |\n" + "".join(f"  {line}\n" if line else "\n" for line in lines)


def header(kind: str) -> str:
    return f"# yaml-language-server: $schema=../../chronicle/schemas/{kind}.schema.json\n"


# ---------------------------------------------------------------------------------------------
# The cast


@dataclass
class Actor:
    id: str
    kind: str  # person, state, organization, government-body, media
    name: str
    gen: str
    dat: str
    ins: str
    loc: str  # "у Франції": where it speaks from ("У Франції заявили")
    gender: str  # m f n p
    latin: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    home: str | None = None  # a person's state or organization, a government body's state
    weight: float = 1.0
    tag: str = ""  # its part of an event id
    # people
    short: tuple[str, str, str] = ("", "", "")  # the surname (nominative, genitive, instrumental)
    post: tuple[str, str, str] = ("", "", "")  # nominative, genitive, instrumental
    post_body: str | None = None  # the government body the post belongs to
    earlier_post: str = ""
    era: tuple[int, int] = (0, 0)
    first: tuple | None = None  # (y, m) of the first and last event it takes part in
    last: tuple | None = None
    # states

    @property
    def female(self) -> bool:
        return self.gender == "f"


@dataclass
class Place:
    id: str
    name: str
    loc: str
    state: str | None
    country: str
    lat: float
    lon: float
    aliases: list[str]
    weight: float = 1.0


@dataclass
class Topic:
    id: str
    name: str
    gen: str
    aliases: list[str]
    description: str
    weight: float = 1.0


@dataclass
class Planned:
    """An event as scheduled before it is composed: its source, part and date."""

    source: int
    part: str  # main, background, upcoming
    date: dt.date
    precision: str  # day, month, year
    status: str


@dataclass
class Event:
    plan: Planned
    kind: str = ""
    cast: dict[str, str] = field(default_factory=dict)  # actor id -> role
    keys: list[str] = field(default_factory=list)  # actors that name it
    topics: list[str] = field(default_factory=list)
    place: str | None = None
    title: str = ""
    headline: str = ""
    summary: str = ""
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (text, by)
    date_note: str = ""
    end_date: str = ""
    id: str = ""
    related: list[str] = field(default_factory=list)
    pair: tuple | None = None


# ---------------------------------------------------------------------------------------------


class Synth:
    def __init__(self, events: int, seed: int):
        self.n = events
        self.rng = random.Random(seed)
        self.actors: dict[str, Actor] = {}
        self.topics: dict[str, Topic] = {}
        self.places: dict[str, Place] = {}
        self.used_event_ids: set[str] = set()
        self.used_source_ids: set[str] = set()
        self.last_by_pair: dict[tuple, tuple[str, dt.date]] = {}  # two sides -> their latest main event
        self.plans: list[Planned] = []
        self.plan_sources: list[tuple[dt.date, int]] = []

    # ---- choosing ----

    def weighted(self, items, weights):
        cum = list(accumulate(weights))
        return items[bisect(cum, self.rng.random() * cum[-1])]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---- planning ----

    def plan(self) -> None:
        rng = self.rng
        sizes = []
        left = self.n
        while left:
            k = min(left, self.weighted((1, 2, 3), (35, 40, 25)))
            sizes.append(k)
            left -= k
        lo, hi = FIRST_DAY.toordinal(), LAST_DAY.toordinal()
        days = sorted(rng.randint(lo, hi) for _ in sizes)
        for s, (k, day) in enumerate(zip(sizes, days)):
            published = dt.date.fromordinal(day)
            self.plan_sources.append((published, k))
            parts = ["main"] + {1: [], 2: [self.weighted(("background", "upcoming"), (65, 35))],
                                3: list(self.weighted((("background", "upcoming"), ("background", "background"), ("upcoming", "background")), (50, 35, 15)))}[k]
            for part in parts:
                self.plans.append(self._plan_event(s, part, published))

    def _plan_event(self, s: int, part: str, published: dt.date) -> Planned:
        rng = self.rng
        if part == "main":
            precision = self.weighted(("day", "month", "year"), (93, 5, 2))
            back = self.weighted((0, 1, 2, 3, 4), (55, 28, 8, 5, 4)) if precision == "day" else 0
            return Planned(s, part, published - dt.timedelta(days=back), precision, "held")
        if part == "background":
            precision = self.weighted(("day", "month", "year"), (55, 33, 12))
            back = rng.randint(20, max(20, min(6 * 365, (published - dt.date(1998, 1, 1)).days)))
            date = published - dt.timedelta(days=back)
            return Planned(s, part, date, precision, "held")
        precision = self.weighted(("day", "month"), (75, 25))
        ahead = rng.randint(2, 75) if precision == "day" else rng.randint(35, 120)
        status = self.weighted(("scheduled", "postponed", "cancelled"), (84, 10, 6))
        return Planned(s, part, published + dt.timedelta(days=ahead), precision, status)

    # ---- the cast ----

    def make_cast(self) -> None:
        total = max(self.n // 5, MIN_ACTORS)
        n_states = min(len(STATES), max(3, total // 6))
        n_orgs = min(len(ORGANIZATIONS), max(2, total // 16))
        n_media = min(len(MEDIA), max(1, total // 30))
        n_gov = min(n_states * len(GOV_BODIES), max(1, total // 12))
        n_people = total - n_states - n_orgs - n_media - n_gov

        for sid, name, gen, dat, ins, loc, gender, latin, group, govt, weight, extra in STATES[:n_states]:
            word = loc.split(" ", 1)[1]
            aliases = [gen, dat, ins, word, latin] + [a for a in extra.split("; ") if a]
            self._add(Actor(sid, "state", name, gen, dat, ins, loc, gender, latin, aliases, weight=weight, tag=sid))
        for oid, name, gen, dat, loc, gender, latin, extra, description, posts in ORGANIZATIONS[:n_orgs]:
            ins = ORG_INS.get(oid, name)
            aliases = [gen, dat, loc.split(" ", 1)[1], latin] + [a for a in extra.split("; ") if a]
            self._add(Actor(oid, "organization", name, gen, dat, ins, loc, gender, latin, aliases, description, tag=oid))
        states = [a for a in self.actors.values() if a.kind == "state"]
        made = 0
        for body, generic in GOV_BODIES.items():
            for state in states:
                if made == n_gov:
                    break
                name, gen, loc, gender, aliases = GOV_OVERRIDES.get((state.id, body), generic)
                forms = [t.format(g=state.gen, l=state.latin) for t in (name, gen, loc)]
                self._add(Actor(f"{state.id}-{BODY_SLUG[body]}", "government-body", forms[0], forms[1], forms[1], forms[1], forms[2],
                                gender, "", [a.format(g=state.gen, l=state.latin) for a in aliases.split("; ") if a],
                                home=state.id, tag=state.id, weight=1))
                made += 1
        for mid, name, aliases, description in MEDIA[:n_media]:
            self._add(Actor(mid, "media", name, name, name, name, "", "n", name, aliases.split("; "), description, tag=mid))

        homes = [a for a in self.actors.values() if a.kind == "state"] + [
            a for a in self.actors.values() if a.kind == "organization" and ORG_BY_ID[a.id][9]  # organizations with officials
        ]
        home_weights = [h.weight if h.kind == "state" else 1.5 for h in homes]
        names: set[str] = {a.name for a in self.actors.values()}
        post_counts: dict[tuple, int] = {}
        for _ in range(n_people):
            home = self.weighted(homes, home_weights)
            self._add(self._person(home, names, post_counts))
        self._eras()

    def _add(self, actor: Actor) -> None:
        base, n = actor.id, 2
        while actor.id in self.actors:
            actor.id = f"{base}-{n}"
            n += 1
        self.actors[actor.id] = actor

    def _person(self, home: Actor, names: set[str], post_counts: dict) -> Actor:
        rng = self.rng
        org = home.kind == "organization"
        for attempt in range(60):
            group = rng.choice(ORG_GROUPS) if org or attempt > 40 else STATES_BY_ID[home.id][8]
            male, female_names, surnames = PARSED_NAMES[group]
            female = self.chance(0.3)
            first, first_latin, first_declines = rng.choice(female_names if female else male)
            entry = rng.choice(surnames)
            last_m, last_f, latin_m, latin_f, last_declines = entry
            last, last_latin = (last_f, latin_f) if female else (last_m, latin_m)
            if group in FAMILY_FIRST:
                name, latin = f"{last} {first}", f"{last_latin} {first_latin}"
            else:
                name, latin = f"{first} {last}", f"{first_latin} {last_latin}"
            if name not in names:
                break
        names.add(name)
        if group in FAMILY_FIRST:
            g = d = i = name
            short = (name, name, name)
        else:
            fd = decline(first, female, group, True) if first_declines else None
            ld = decline(last, female, group, False) if last_declines else None
            if female and last_m.endswith("ий"):  # Швидкий / Швидка: an adjective
                ld = (last[:-1] + "ої", last[:-1] + "ій", last[:-1] + "ою")
            fd = fd or (first, first, first)
            ld = ld or (last, last, last)
            g, d, i = (f"{fd[k]} {ld[k]}" for k in range(3))
            short = (last, ld[0], ld[2])
        aliases = []
        if group not in FAMILY_FIRST:
            aliases += [last, short[1], ld[1], short[2]]
        aliases += [g, latin]
        if group not in FAMILY_FIRST:
            aliases.append(last_latin)
        # the post
        if org:
            options = [p.split("|") for p in ORG_BY_ID[home.id][9].split("; ")]
            heads = {head for head, _ in options}
            generic = [("речник", home.gen), ("спеціальний представник", home.gen), ("заступник", f"{HEADS[options[0][0]][1]} {options[0][1]}")]
            options += [(head, rest) for head, rest in generic if head not in heads]
            posts = [(head, rest, 5 if n == 0 else 0, 3 if n == 0 else 1, None) for n, (head, rest) in enumerate(options)]
        else:
            govt = STATES_BY_ID[home.id][9]
            posts = []
            for head, rest, limit, weight, body in STATE_POSTS:
                if head == "президент" and govt == "mon" or head == "прем’єр-міністр" and govt == "pres":
                    continue
                if head == "прем’єр-міністр" and govt == "chanc":
                    head = "канцлер"
                if home.id == "usa" and rest == "закордонних справ {}":
                    head, rest = "державний секретар", "{}"
                if home.id == "usa" and rest == "міністра закордонних справ {}":
                    rest = "державного секретаря {}"
                if govt == "mon" and rest.startswith("президента"):
                    rest = rest.replace("президента", "прем’єр-міністра")
                posts.append((head, rest, limit, weight, body))
        free = [p for p in posts if not p[2] or post_counts.get((home.id, p[0], p[1]), 0) < p[2]]
        head, rest, limit, _, body = self.weighted(free, [p[3] for p in free])
        post_counts[(home.id, head, rest)] = post_counts.get((home.id, head, rest), 0) + 1
        forms = HEADS[head][3:] if female else HEADS[head][:3]
        tail = rest.format(home.gen) if "{}" in rest else rest
        post = tuple(f"{form} {tail}" for form in forms)
        body_id = None
        if body:
            candidate = f"{home.id}-{BODY_SLUG[body]}"
            body_id = candidate if candidate in self.actors else None
        earlier = ""
        if self.chance(0.25):
            others = [p for p in posts if not p[2] and (p[0], p[1]) != (head, rest)]
            if others:
                h, r = rng.choice(others)[:2]
                earlier = f"{(HEADS[h][3] if female else HEADS[h][0])} {r.format(home.gen)}"
        person = Actor(
            slug(latin), "person", name, g, d, i, "", "f" if female else "m", latin, aliases, cap(post[0]) + ".",
            home=home.id, tag=slug(latin if group in FAMILY_FIRST else last_latin),
            short=short, post=post, post_body=body_id, earlier_post=earlier,
        )
        return person

    def _eras(self) -> None:
        """When each person is active: around the event that first names them (their debut)."""
        rng = self.rng
        people = [a for a in self.actors.values() if a.kind == "person"]
        others = [a for a in self.actors.values() if a.kind != "person"]
        order = people + others
        rng.shuffle(order)
        slots = rng.sample(range(self.n), min(len(order), self.n))
        self.debut: dict[int, str] = {}
        for actor, slot in zip(order, slots):
            self.debut[slot] = actor.id
        debut_year = {aid: self.plans[slot].date.year for slot, aid in self.debut.items()}
        self.people_by_year: dict[int, list[str]] = {}
        self.people_by_home_year: dict[tuple, list[str]] = {}
        self.people_by_home: dict[str, list[str]] = {}
        for p in people:
            year = debut_year.get(p.id) or rng.randint(FIRST_DAY.year, LAST_DAY.year)
            start = max(FIRST_DAY.year - 3, year - rng.randint(0, 6))
            end = max(year, start + rng.randint(3, 10))
            p.era = (start, end)
            for y in range(start, end + 1):
                self.people_by_year.setdefault(y, []).append(p.id)
                self.people_by_home_year.setdefault((p.home, y), []).append(p.id)
            self.people_by_home.setdefault(p.home, []).append(p.id)
        self.all_people = [p.id for p in people]
        self.states = [a.id for a in self.actors.values() if a.kind == "state"]
        self.state_weights = [self.actors[s].weight for s in self.states]
        self.orgs = [a.id for a in self.actors.values() if a.kind == "organization"]
        self.gov = [a.id for a in self.actors.values() if a.kind == "government-body"]
        self.media = [a.id for a in self.actors.values() if a.kind == "media"]

    # ---- topics and places ----

    def make_topics_and_places(self) -> None:
        rng = self.rng
        n_topics = max(10, self.n // 50)
        combos = [(d, None) for d in TOPIC_DOMAINS] + [(d, r) for r in TOPIC_REGIONS for d in TOPIC_DOMAINS]
        for n in range(n_topics):
            (tid, name, gen, english, description), region = combos[n % len(combos)]
            suffix = f"-{n // len(combos) + 1}" if n >= len(combos) else ""
            if region:
                rid, where, where_en = region
                topic = Topic(f"{tid}-{rid}{suffix}", f"{name} {where}", f"{gen} {where}",
                              [f"{lc(name)} {where}", f"{gen} {where}", f"{english} {where_en}"], description)
            else:
                topic = Topic(tid + suffix, name, gen, [lc(name), gen, english], description, weight=3.0)
            topic.aliases = list(dict.fromkeys(a for a in topic.aliases if a != topic.name))
            self.topics[topic.id] = topic
        n_places = max(10, self.n // 40)
        for cid, name, gen, loc, where, lat, lon, latin in CITIES[:n_places]:
            word = loc.split(" ", 1)[1]
            state = where if where in STATES_BY_ID else None
            country = STATES_BY_ID[where][1] if state else where
            aliases = list(dict.fromkeys(a for a in (word, gen, latin) if a != name))
            self.places[cid] = Place(cid, name, loc, state, country, lat, lon, aliases, weight=3.0 if len(self.places) < 25 else 1.0)
        n = 0
        while len(self.places) < n_places and n < len(VENUES) * len(CITIES):
            vid, vname, vloc = VENUES[n // len(CITIES)]
            cid, name, gen, loc, where, lat, lon, latin = CITIES[n % len(CITIES)]
            n += 1
            state = where if where in STATES_BY_ID else None
            country = STATES_BY_ID[where][1] if state else where
            prep, word = loc.split(" ", 1)
            self.places[f"{cid}-{vid}"] = Place(
                f"{cid}-{vid}", f"{vname} {loc}", f"{vloc} {'в' if prep in ('у', 'в') else prep} {word}", state, country,
                round(lat + rng.uniform(-0.03, 0.03), 4), round(lon + rng.uniform(-0.03, 0.03), 4), [f"{lc(vname)} {loc}"],
            )
        self.topic_ids = list(self.topics)
        self.topic_weights = [t.weight for t in self.topics.values()]
        self.place_ids = list(self.places)
        self.place_weights = [p.weight for p in self.places.values()]
        self.places_by_state: dict[str, list[str]] = {}
        for p in self.places.values():
            if p.state:
                self.places_by_state.setdefault(p.state, []).append(p.id)
        self.topic_debut = dict(zip(rng.sample(range(self.n), min(len(self.topics), self.n)), self.topics))
        self.place_debut = dict(zip(rng.sample(range(self.n), min(len(self.places), self.n)), self.places))

    # ---- words ----

    def a(self, aid: str) -> Actor:
        return self.actors[aid]

    def pd(self, p: str) -> str:
        a = self.actors[p]
        return f"{a.post[0]} {a.name}"

    def pdg(self, p: str) -> str:
        a = self.actors[p]
        return f"{a.post[1]} {a.gen}"

    def pdi(self, p: str) -> str:
        a = self.actors[p]
        return f"{a.post[2]} {a.ins}"

    def g(self, p: str, male: str, female: str) -> str:
        return female if self.actors[p].female else male

    def vb(self, aid: str, m: str, f: str, n: str, p: str) -> str:
        return {"m": m, "f": f, "n": n, "p": p}[self.actors[aid].gender]

    def link(self, aid: str) -> str:
        return f"[{self.actors[aid].name}](actor:{aid})"

    # ---- choosing people, states, places, topics ----

    def person_near(self, year: int, home: str | None = None, not_homes=(), not_ids=()) -> str | None:
        pool = self.people_by_home_year.get((home, year)) if home else self.people_by_year.get(year)
        for _ in range(8):
            if not pool:
                break
            p = self.rng.choice(pool)
            if p not in not_ids and self.actors[p].home not in not_homes:
                return p
        pool = self.people_by_home.get(home, []) if home else self.all_people
        candidates = [p for p in pool if p not in not_ids and self.actors[p].home not in not_homes]
        return self.rng.choice(candidates) if candidates else None

    def state(self, not_ids=()) -> str:
        for _ in range(20):
            s = self.weighted(self.states, self.state_weights)
            if s not in not_ids:
                return s
        return next(s for s in self.states if s not in not_ids)

    def side(self, not_ids=()) -> str:
        """A state, or now and then an international organization: the other side of something."""
        orgs = [o for o in self.orgs if o not in not_ids]
        if orgs and self.chance(0.2):
            return self.rng.choice(orgs)
        return self.state(not_ids)

    def place(self, prefer=()) -> str:
        if self.pending_places:
            return self.pending_places.popleft()
        if prefer and self.chance(0.6):
            near = [p for s in prefer for p in self.places_by_state.get(s, ())]
            if near:
                return self.rng.choice(near)
        return self.weighted(self.place_ids, self.place_weights)

    def pick_topics(self) -> list[str]:
        want = self.weighted((1, 2, 3), (40, 40, 20))
        chosen: list[str] = []
        while self.pending_topics and len(chosen) < min(want, 2):
            chosen.append(self.pending_topics.popleft())
        while len(chosen) < want:
            t = self.weighted(self.topic_ids, self.topic_weights)
            if t not in chosen:
                chosen.append(t)
        return chosen

    def add(self, ev: Event, aid: str | None, role: str, home_role: str = "party") -> bool:
        """Add an actor with its role, and the state or organization a person or body belongs to."""
        if aid is None:
            return False
        if aid in ev.cast:
            return True
        home = self.actors[aid].home
        need = 1 + (home is not None and home not in ev.cast)
        if len(ev.cast) + need > 5:
            return False
        if home is not None and home not in ev.cast:
            ev.cast[home] = home_role
        ev.cast[aid] = role
        return True

    # ---- dates, as articles write them ----

    def when(self, ev: Event, published: dt.date) -> str:
        """The event's date as its article writes it; sets the event's date_note."""
        plan = ev.plan
        d = plan.date
        p_uk = f"{published.day} {MONTHS_GEN[published.month - 1]} {published.year} року"
        day_month = f"{d.day} {MONTHS_GEN[d.month - 1]}"
        if plan.part == "background":
            if plan.precision == "day":
                return f"{day_month} {d.year} року"
            if plan.precision == "month":
                ev.date_note = "Стаття згадує лише місяць і рік."
                return f"у {MONTHS_LOC[d.month - 1]} {d.year} року"
            ev.date_note = "Стаття згадує лише рік."
            return f"у {d.year} році"
        if plan.part == "upcoming":
            if plan.precision == "day":
                phrase = day_month if d.year == published.year else f"{day_month} {d.year} року"
                if self.chance(0.5):
                    ev.date_note = f"Стаття від {p_uk} анонсує подію на «{phrase}»."
                return phrase
            phrase = f"у {MONTHS_LOC[d.month - 1]}" + ("" if d.year == published.year else f" {d.year} року")
            ev.date_note = f"Стаття від {p_uk} називає лише місяць («{phrase}»); точного дня не названо."
            return phrase
        if plan.precision == "month":
            phrase = f"на початку {MONTHS_GEN[d.month - 1]}" if published.day > 10 else f"у {MONTHS_LOC[d.month - 1]}"
            ev.date_note = f"Джерело від {p_uk} каже лише «{phrase}»; точного дня не названо."
            return phrase
        if plan.precision == "year":
            ev.date_note = f"Джерело від {p_uk} каже лише «цього року»; точнішої дати не названо."
            return "цього року"
        back = (published - d).days
        if back == 0:
            phrase = self.weighted(("сьогодні", day_month), (3, 1))
            if phrase == "сьогодні" and self.chance(0.3):
                ev.date_note = "Дата — день публікації статті, яка каже «сьогодні»."
            return phrase
        if back == 1:
            phrase = self.weighted(("напередодні", "учора", WEEKDAYS_ACC[d.weekday()], day_month), (3, 2, 2, 2))
        else:
            phrase = self.weighted((WEEKDAYS_ACC[d.weekday()], day_month), (1, 1))
        if phrase == day_month:
            ev.date_note = f"Стаття називає лише «{day_month}»; рік ({d.year}) випливає з дати публікації ({p_uk})."
        elif phrase in WEEKDAYS_ACC:
            ev.date_note = f"Стаття від {p_uk} називає лише день тижня («{phrase}»); дата — найближчий такий день перед публікацією."
        else:
            ev.date_note = f"Стаття від {p_uk} каже «{phrase}»; дата — день перед публікацією."
        return phrase

    # ---- what people say ----

    def fitting(self, ev: Event, phrases: list[str]) -> list[str]:
        """The phrases that fit the event's kind (see the markers on DIRECT_QUOTES)."""
        marks = {"": True, "T": ev.kind in TALKISH, "A": ev.kind in ("agreement", "treaty")}
        return [p[2:] if p[1:2] == ":" else p for p in phrases if marks[p[0] if p[1:2] == ":" else ""]]

    def clause(self, ev: Event, other: str | None) -> str:
        t = self.topics[ev.topics[0]].gen
        options = [c for c in self.fitting(ev, INDIRECT_CLAUSES) if other or "{x" not in c]
        text = self.rng.choice(options)
        if other:
            text = text.format(t=t, x=self.actors[other].gen, xi=self.actors[other].ins)
        else:
            text = text.format(t=t)
        return text

    def direct(self, ev: Event) -> str:
        t = self.topics[self.rng.choice(ev.topics)].gen
        quote = self.rng.choice(self.fitting(ev, DIRECT_QUOTES)).format(t=t)
        return quote + ("" if "," in quote else self.rng.choice(QUOTE_TAILS))

    def say(self, ev: Event, p: str, other: str | None = None, first: bool = False) -> str:
        """A sentence in which p is quoted; the quote is recorded with the event."""
        a = self.actors[p]
        name = self.pd(p) if first else a.short[0]
        if self.chance(0.3):
            c = self.clause(ev, other)
            form = self.rng.randrange(3)
            if form == 0:
                sentence = f"{cap(name)} {self.g(p, 'зазначив', 'зазначила')}, що {c}."
            elif form == 1:
                sentence = f"За словами {self.pdg(p) if first else a.short[1]}, {c}."
            else:
                sentence = f"{cap(name)} також {self.g(p, 'додав', 'додала')}, що {c}."
            ev.quotes.append((c, p))
            return sentence
        q = self.direct(ev)
        form = self.rng.randrange(4)
        if form == 0:
            sentence = f"«{q}», — {self.g(p, 'заявив', 'заявила')} {name}."
        elif form == 1:
            sentence = f"{cap(name)} {self.g(p, 'наголосив', 'наголосила')}: «{q}»."
        elif form == 2:
            sentence = f"«{q}», — {self.g(p, 'сказав', 'сказала')} {name} журналістам."
        else:
            q = lc(q)
            sentence = f"За словами {self.pdg(p) if first else a.short[1]}, «{q}»."
        ev.quotes.append((q, p))
        return sentence

    def quotes_for(self, ev: Event, speakers: list, other: str | None, paragraphs: list[str]) -> None:
        """Main events: the first speaker quoted most of the time, a second one now and then."""
        speakers = [s for s in speakers if s]
        if not speakers:
            return
        if self.chance(0.88):
            paragraphs.append(self.say(ev, speakers[0], other))
        if len(speakers) > 1 and self.chance(0.4):
            paragraphs.append(self.say(ev, speakers[1], other))

    def recall(self, ev: Event, speaker: str | None, other: str | None) -> str:
        """A background event: now and then what was said then."""
        if speaker and self.chance(0.45):
            q = self.direct(ev)
            ev.quotes.append((q, speaker))
            return f" Тоді {self.actors[speaker].short[0]} {self.g(speaker, 'заявив', 'заявила')}: «{q}»."
        return ""

    # ---- the kinds of event ----

    def two_sides(self, ev: Event, f: Actor | None, year: int, mediator: bool):
        """Two parties with their heads of delegation, and perhaps a mediator."""
        pa = A = M = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None and f.kind == "state":
            A = f.id
        elif f is not None and f.kind == "organization":
            if self.people_by_home.get(f.id):
                A = f.id
            else:
                M = f.id
        if pa:
            A = self.actors[pa].home
        elif A:
            pa = self.person_near(year, home=A)
        else:
            pa = self.person_near(year)
            A = self.actors[pa].home if pa else self.state()
        pb = self.person_near(year, not_homes={A, M}, not_ids={pa})
        B = self.actors[pb].home if pb else self.state({A, M})
        if M is None and mediator and self.chance(0.25):
            M = self.side({A, B})
        return A, B, pa, pb, M

    def k_talks(self, ev, f, year, when, published):
        A, B, pa, pb, M = self.two_sides(ev, f, year, mediator=True)
        self.add(ev, A, "party")
        self.add(ev, B, "party")
        self.add(ev, pa, "head-of-delegation")
        self.add(ev, pb, "head-of-delegation")
        if M and not self.add(ev, M, "mediator"):
            M = None
        ev.keys = [self.a(A).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((A, B)) if self.chance(0.85) else None
        where = f"{self.places[ev.place].loc} " if ev.place else ""
        an, bn = self.a(A), self.a(B)
        med = f" за посередництва {self.a(M).gen}" if M else ""
        t1 = self.topics[ev.topics[0]]
        t2 = self.topics[ev.topics[1]] if len(ev.topics) > 1 else None
        ev.title = self.rng.choice(
            [f"Переговори {an.gen} та {bn.gen}" + (f" {self.places[ev.place].loc}" if ev.place else f" щодо {t1.gen}")]
            + ([f"{self.a(pa).name} і {self.a(pb).name} проводять переговори щодо {t1.gen}"] if pa and pb else [])
        )
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where}мають відбутися переговори делегацій {an.gen} та {bn.gen}{med}."
                if pa:
                    text += f" Делегацію {an.gen} очолить {self.pd(pa)}."
                ev.summary = f"Заплановано переговори делегацій {an.gen} та {bn.gen}{med}{' ' + where.strip() if where else ''} щодо {t1.gen}."
            else:
                done = "перенесли на пізніший термін" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where}мали відбутися переговори делегацій {an.gen} та {bn.gen}, однак їх {done}."
                ev.summary = f"Переговори делегацій {an.gen} та {bn.gen} щодо {t1.gen}, які мали відбутися{' ' + where.strip() if where else ''}, {done}."
            ev.paragraphs = [text]
            return
        lead_heads = not (pa and pb) or self.chance(0.5)
        if lead_heads:
            lead = f"{cap(when)} {where}відбувся раунд переговорів між делегаціями {an.gen} та {bn.gen}{med}."
        else:
            lead = f"{cap(when)} {self.pd(pa)} та {self.pd(pb)} провели {where}переговори{med}."
        heads = ""
        if lead_heads and pa and pb:
            heads = (f"Делегацію {an.gen} {self.g(pa, 'очолював', 'очолювала')} {self.a(pa).post[0]} {self.a(pa).name}, "
                     f"а делегацію {bn.gen} — {self.a(pb).post[0]} {self.a(pb).name}.")
        topics = f"Сторони обговорили питання {t1.gen}" + (f" та {t2.gen}" if t2 else "") + "."
        ev.summary = (f"Делегації {an.gen} та {bn.gen} провели {where}переговори щодо {t1.gen}{med}."
                      + (f" Делегації очолювали {self.link(pa)} і {self.link(pb)}." if pa and pb else ""))
        if part == "background":
            ev.paragraphs = [" ".join(x for x in (lead, heads) if x) + self.recall(ev, pa, B)]
            return
        ev.headline = self.rng.choice(
            ([f"{cap(where.strip())} завершилися переговори {an.gen} та {bn.gen}"] if where else [])
            + [f"{an.name} та {bn.name} провели новий раунд переговорів щодо {t1.gen}"]
            + ([f"{self.a(pa).short[0]} і {self.a(pb).short[0]} провели переговори"] if pa and pb else [])
        )
        paragraphs = [lead, " ".join(x for x in (heads, topics) if x)]
        if self.chance(0.5):
            paragraphs.append(f"Переговори тривали понад {self.rng.choice(NUMBERS_HOURS)}.")
        if M:
            paragraphs.append(f"Учасники подякували {self.a(M).dat} за сприяння в організації зустрічі.")
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_agreement(self, ev, f, year, when, published):
        A, B, pa, pb, M = self.two_sides(ev, f, year, mediator=True)
        self.add(ev, A, "party")
        self.add(ev, B, "party")
        self.add(ev, pa, "participant")
        self.add(ev, pb, "participant")
        if M and not self.add(ev, M, "mediator"):
            M = None
        ev.keys = [self.a(A).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((A, B)) if self.chance(0.6) else None
        where = f"{self.places[ev.place].loc} " if ev.place else ""
        an, bn = self.a(A), self.a(B)
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"{an.name} та {bn.name} домовляються щодо {t1.gen}",
                                    f"Меморандум між {an.ins} та {bn.ins} щодо {t1.gen}"])
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where}{an.name} та {bn.name} мають підписати угоду щодо {t1.gen}."
                ev.summary = f"{an.name} та {bn.name} збираються підписати угоду щодо {t1.gen}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where}{an.name} та {bn.name} мали підписати угоду щодо {t1.gen}, однак підписання {done}."
                ev.summary = f"Підписання угоди між {an.ins} та {bn.ins} щодо {t1.gen} {done}."
            ev.paragraphs = [text]
            return
        verb = self.rng.choice(["досягли домовленості", "підписали меморандум про взаєморозуміння", "уклали угоду"])
        lead = f"{cap(when)} {where}{an.name} та {bn.name} {verb} щодо {t1.gen}."
        signed = f"Документ підписали {self.pd(pa)} та {self.pd(pb)}." if pa and pb else ""
        ev.summary = f"{an.name} та {bn.name} домовилися щодо {t1.gen}" + (
            f"; документ підписали {self.link(pa)} і {self.link(pb)}." if pa and pb else ".")
        if part == "background":
            ev.paragraphs = [" ".join(x for x in (lead, signed) if x) + self.recall(ev, pa, B)]
            return
        ev.headline = f"{an.name} та {bn.name} уклали угоду щодо {t1.gen}"
        paragraphs = [lead] + ([signed] if signed else [])
        if M:
            paragraphs.append(f"Домовленостей вдалося досягти за посередництва {self.a(M).gen}.")
        paragraphs.append(self.rng.choice([
            "Документ набуде чинності після завершення внутрішніх процедур.",
            "Сторони домовилися створити спільну робочу групу, яка стежитиме за виконанням домовленостей.",
            "Текст документа оприлюднять найближчим часом.",
        ]))
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def two_people(self, ev, f, year):
        pa = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None:
            pa = self.person_near(year, home=f.id)
        pa = pa or self.person_near(year)
        pb = self.person_near(year, not_homes={self.a(pa).home}, not_ids={pa}) if pa else None
        return pa, pb

    def k_meeting(self, ev, f, year, when, published):
        pa, pb = self.two_people(ev, f, year)
        if not (pa and pb):
            return self.k_talks(ev, f, year, when, published)
        self.add(ev, pa, "participant")
        self.add(ev, pb, "participant")
        A, B = self.a(pa).home, self.a(pb).home
        ev.keys = [self.a(pa).tag, self.a(pb).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((A, B)) if self.chance(0.8) else None
        where = f"{self.places[ev.place].loc} " if ev.place else ""
        a, b = self.a(pa), self.a(pb)
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Зустріч {a.gen} і {b.gen}" + (f" {where.strip()}" if where else ""),
                                    f"{a.name} і {b.name} обговорюють питання {t1.gen}"])
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where}запланована зустріч {self.pdg(pa)} з {self.pdi(pb)}."
                ev.summary = f"Запланована зустріч {self.link(pa)} і {self.link(pb)}{' ' + where.strip() if where else ''}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where}мала відбутися зустріч {self.pdg(pa)} з {self.pdi(pb)}, однак її {done}."
                ev.summary = f"Зустріч {self.link(pa)} і {self.link(pb)}, яка мала відбутися{' ' + where.strip() if where else ''}, {done}."
            ev.paragraphs = [text]
            return
        lead = f"{cap(when)} {where}{self.pd(pa)} {self.g(pa, 'зустрівся', 'зустрілася')} з {self.pdi(pb)}."
        ev.summary = f"{self.link(pa)} і {self.link(pb)} зустрілися{' ' + where.strip() if where else ''} й обговорили питання {t1.gen}."
        if part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        ev.headline = self.rng.choice([f"{a.short[0]} і {b.short[0]} обговорили питання {t1.gen}"]
                                      + ([f"{cap(where.strip())} відбулася зустріч {a.post[1]} і {b.post[1]}"] if where else []))
        detail = self.rng.choice([
            f"Співрозмовники обговорили питання {t1.gen} та подальші кроки у двосторонніх відносинах.",
            f"Під час зустрічі сторони приділили особливу увагу питанню {t1.gen}.",
        ])
        paragraphs = [lead, detail]
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_call(self, ev, f, year, when, published):
        pa, pb = self.two_people(ev, f, year)
        if not (pa and pb):
            return self.k_statement(ev, f, year, when, published)
        self.add(ev, pa, "participant")
        self.add(ev, pb, "participant")
        A, B = self.a(pa).home, self.a(pb).home
        ev.keys = [self.a(pa).tag, self.a(pb).tag]
        ev.pair = tuple(sorted((A, B)))
        a, b = self.a(pa), self.a(pb)
        t1 = self.topics[ev.topics[0]]
        t2 = self.topics[ev.topics[1]] if len(ev.topics) > 1 else None
        ev.title = self.rng.choice([f"Телефонна розмова {a.gen} і {b.gen}", f"{a.name} і {b.name} обговорюють телефоном питання {t1.gen}"])
        lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'провів', 'провела')} телефонну розмову з {self.pdi(pb)}."
        ev.summary = f"{self.link(pa)} і {self.link(pb)} обговорили телефоном питання {t1.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        ev.headline = f"{a.short[0]} і {b.short[0]} провели телефонну розмову"
        paragraphs = [lead, f"Співрозмовники обговорили питання {t1.gen}" + (f" і {t2.gen}" if t2 else "") + "."]
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_visit(self, ev, f, year, when, published):
        pa = B = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None and f.kind == "state":
            B = f.id
        pa = pa or self.person_near(year, not_homes={B})
        if pa is None:
            return self.k_statement(ev, f, year, when, published)
        A = self.a(pa).home
        B = B if B and B != A else self.state({A})
        pb = self.person_near(year, home=B, not_ids={pa}) if self.chance(0.6) else None
        self.add(ev, pa, "head-of-delegation")
        self.add(ev, B, "host")
        if pb and not self.add(ev, pb, "participant"):
            pb = None
        ev.keys = [self.a(pa).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        ev.place = self.place((B,)) if self.chance(0.8) else None
        where = self.places[ev.place].loc if ev.place else ""
        a, bn = self.a(pa), self.a(B)
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Візит {a.gen} до {bn.gen}", f"Візит {self.pdg(pa)} до {bn.gen}"])
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {self.pd(pa)} здійснить візит до {bn.gen}."
                ev.summary = f"Запланований візит {self.link(pa)} до {bn.gen}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'мав', 'мала')} здійснити візит до {bn.gen}, однак візит {done}."
                ev.summary = f"Візит {self.link(pa)} до {bn.gen} {done}."
            ev.paragraphs = [text]
            return
        kind_of = self.rng.choice(["офіційним", "робочим"])
        lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'прибув', 'прибула')} з {kind_of} візитом до {bn.gen}."
        met = f"{a.short[0]} {self.g(pa, 'зустрівся', 'зустрілася')} з {self.pdi(pb)}." if pb else ""
        ev.summary = f"{self.link(pa)} {self.g(pa, 'здійснив', 'здійснила')} {kind_of[:-2]}ий візит до {bn.gen}" + (
            f" і {self.g(pa, 'зустрівся', 'зустрілася')} з {self.link(pb)}." if pb else ".")
        if part == "background":
            lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'здійснив', 'здійснила')} візит до {bn.gen}."
            ev.paragraphs = [" ".join(x for x in (lead, met) if x) + self.recall(ev, pa, B)]
            return
        ev.headline = f"{a.short[0]} {self.g(pa, 'прибув', 'прибула')} з візитом до {bn.gen}"
        paragraphs = [lead]
        second = " ".join(x for x in ((f"Переговори відбулися {where}." if where else ""), met) if x)
        if second:
            paragraphs.append(second)
        paragraphs.append(f"Головною темою візиту стало питання {t1.gen}.")
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_statement(self, ev, f, year, when, published):
        pa = G = X = None
        if f is not None and f.kind == "person":
            pa = f.id
        elif f is not None and f.kind == "government-body":
            G = f.id
        elif f is not None and f.kind in ("state", "organization"):
            X = f.id
        if not pa and not G:
            if self.gov and self.chance(0.15):
                G = self.rng.choice(self.gov)
            else:
                pa = self.person_near(year, not_homes={X})
        speaker = pa or G
        if speaker is None:
            speaker = G = self.rng.choice(self.gov) if self.gov else None
        home = self.a(speaker).home if speaker else None
        X = X if X and X != home else self.side({home})
        self.add(ev, speaker, "speaker" if pa else "author")
        if speaker is None:
            self.add(ev, self.state({X}), "author")
        self.add(ev, X, "subject")
        Y = self.side({home, X}) if self.chance(0.3) else None
        if Y and not self.add(ev, Y, "subject"):
            Y = None
        ev.keys = [self.a(speaker).tag] if speaker else [self.a(X).tag]
        t1 = self.topics[ev.topics[0]]
        xn = self.a(X)
        c = self.clause(ev, X)
        quoted = self.chance(0.5)
        if pa:
            ev.title = self.rng.choice([f"Заява {self.a(pa).gen} щодо {t1.gen}", f"{self.a(pa).name} висловлюється щодо відносин з {xn.ins}"])
            lead = f"{cap(when)} {self.pd(pa)} {self.g(pa, 'заявив', 'заявила')}, що {c}."
            ev.summary = f"{self.link(pa)} {self.g(pa, 'висловився', 'висловилася')} щодо {t1.gen} у відносинах з {xn.ins}."
            ev.headline = f"{self.a(pa).short[0]} {self.g(pa, 'висловився', 'висловилася')} щодо {t1.gen}"
            also = f"Окремо {self.g(pa, 'він', 'вона')} {self.g(pa, 'згадав', 'згадала')} про відносини з {self.a(Y).ins}." if Y else ""
        elif G:
            gn = self.a(G)
            ev.title = f"Заява {gn.gen} щодо {t1.gen}"
            lead = f"{cap(when)} {gn.loc} заявили, що {c}."
            ev.summary = f"{self.link(G)} {self.vb(G, 'оприлюднив', 'оприлюднила', 'оприлюднило', 'оприлюднили')} заяву щодо {t1.gen} у відносинах з {xn.ins}."
            ev.headline = f"{cap(gn.loc)} висловилися щодо {t1.gen}"
            also = f"Окремо у заяві йдеться про відносини з {self.a(Y).ins}." if Y else ""
        else:
            ev.title = f"Заява щодо відносин з {xn.ins}"
            lead = f"{cap(when)} {c}."
            ev.summary = f"Заява щодо {t1.gen} у відносинах з {xn.ins}."
            ev.headline = ev.title
            also = ""
            quoted = False
        if quoted and speaker:
            ev.quotes.append((c, speaker))
        if ev.plan.part == "background":
            ev.paragraphs = [lead]
            return
        paragraphs = [lead] + ([also] if also else [])
        if pa and self.chance(0.75):
            paragraphs.append(self.say(ev, pa, X))
        elif G and self.chance(0.6):
            q = self.direct(ev)
            ev.quotes.append((q, G))
            paragraphs.append(f"«{q}», — йдеться у заяві {self.a(G).gen}.")
        ev.paragraphs = paragraphs

    def k_proposal(self, ev, f, year, when, published):
        pa = G = A = None
        if f is not None and f.kind == "person":
            pa = f.id
            A = self.a(pa).home
        elif f is not None and f.kind == "government-body":
            G = f.id
        elif f is not None and f.kind == "state":
            A = f.id
        if not (pa or G or A):
            if self.gov and self.chance(0.4):
                G = self.rng.choice(self.gov)
            else:
                A = self.state()
        if G:
            A = self.a(G).home
        if not pa and self.chance(0.7):
            pa = self.person_near(year, home=A)
        B = self.side({A})
        self.add(ev, G or A, "author")
        self.add(ev, pa, "speaker")
        self.add(ev, B, "subject")
        an, bn = self.a(A), self.a(B)
        ev.keys = [an.tag, bn.tag]
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Пропозиція {an.gen} щодо {t1.gen}",
                                    f"{an.name} {self.vb(A, 'пропонує', 'пропонує', 'пропонує', 'пропонують')} {bn.dat} угоду щодо {t1.gen}"])
        if G:
            lead = f"{cap(when)} {self.a(G).loc} оприлюднили проєкт угоди з {bn.ins} щодо {t1.gen}."
            ev.summary = f"{self.link(G)} {self.vb(G, 'оприлюднив', 'оприлюднила', 'оприлюднило', 'оприлюднили')} проєкт угоди з {bn.ins} щодо {t1.gen}."
        else:
            lead = f"{cap(when)} {an.loc} запропонували {bn.dat} розпочати консультації щодо {t1.gen}."
            ev.summary = f"{self.link(A)} {self.vb(A, 'запропонував', 'запропонувала', 'запропонувало', 'запропонували')} {bn.dat} консультації щодо {t1.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        ev.headline = f"{an.name} {self.vb(A, 'запропонував', 'запропонувала', 'запропонувало', 'запропонували')} {bn.dat} угоду щодо {t1.gen}"
        paragraphs = [lead, self.rng.choice([
            "Документ передбачає, зокрема, створення спільної робочої групи та регулярні консультації на рівні експертів.",
            f"Відповіді від {bn.gen} поки що не надходило.",
            "Пропозиції передали дипломатичними каналами.",
        ])]
        if pa:
            c = self.clause(ev, B)
            paragraphs.append(f"Як {self.g(pa, 'пояснив', 'пояснила')} {self.pd(pa)}, {c}.")
            if self.chance(0.5):
                ev.quotes.append((c, pa))
            else:
                paragraphs.append(self.say(ev, pa, B))
        ev.paragraphs = paragraphs

    def k_decision(self, ev, f, year, when, published):
        O = po = X = None
        if f is not None and f.kind in ("organization", "government-body"):
            O = f.id
        elif f is not None and f.kind == "state":
            X = f.id
        elif f is not None and f.kind == "person":
            po = f.id
            O = self.a(po).home
        if O is None:
            with_people = [o for o in self.orgs if self.people_by_home.get(o)]
            if with_people and self.chance(0.6):
                O = self.rng.choice(with_people)
            elif self.gov:
                O = self.rng.choice(self.gov)
            else:
                O = self.rng.choice(self.orgs)
        if po is None and self.a(O).kind != "government-body":
            po = self.person_near(year, home=O)
        X = X if X and X not in (O, self.a(O).home) else self.state({O, self.a(O).home})
        self.add(ev, O, "author")
        self.add(ev, po, "speaker")
        self.add(ev, X, "subject")
        on, xn = self.a(O), self.a(X)
        ev.keys = [on.tag, xn.tag]
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"Рішення {on.gen} щодо {t1.gen}",
                                    f"{on.name} {self.vb(O, 'ухвалює', 'ухвалює', 'ухвалює', 'ухвалюють')} рішення щодо {xn.gen}"])
        lead = self.rng.choice([
            f"{cap(when)} {on.loc} ухвалили рішення щодо {t1.gen}, яке стосується {xn.gen}.",
            f"{cap(when)} {on.loc} затвердили новий пакет заходів щодо {t1.gen} у відносинах з {xn.ins}.",
        ])
        ev.summary = f"{self.link(O)} {self.vb(O, 'ухвалив', 'ухвалила', 'ухвалило', 'ухвалили')} рішення щодо {t1.gen}, яке стосується {xn.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, po, X)]
            return
        ev.headline = f"{cap(on.loc)} ухвалили рішення щодо {t1.gen}"
        paragraphs = [lead]
        if po:
            c = self.clause(ev, X)
            paragraphs.append(f"{cap(self.pd(po))} {self.g(po, 'пояснив', 'пояснила')}, що {c}.")
            if self.chance(0.5):
                ev.quotes.append((c, po))
            else:
                paragraphs.append(self.say(ev, po, X))
        paragraphs.append(self.rng.choice([
            "Рішення набуває чинності з моменту ухвалення.",
            "За рішення проголосувала більшість учасників.",
            "Виконання рішення обговорять на наступному засіданні.",
        ]))
        ev.paragraphs = paragraphs

    def k_treaty(self, ev, f, year, when, published):
        A, B, pa, pb, _ = self.two_sides(ev, f, year, mediator=False)
        self.add(ev, A, "party")
        self.add(ev, B, "party")
        variant = self.weighted(("signed", "inforce", "expired", "ratified"), (4, 3, 1, 2))
        if variant == "signed":
            self.add(ev, pa, "participant")
            self.add(ev, pb, "participant")
        elif pa:
            self.add(ev, pa, "speaker")
        if variant != "signed":
            pb = None
        ev.keys = [self.a(A).tag, self.a(B).tag]
        ev.pair = tuple(sorted((A, B)))
        an, bn = self.a(A), self.a(B)
        t1 = self.topics[ev.topics[0]]
        between = f"договір між {an.ins} та {bn.ins} щодо {t1.gen}"
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} набуває чинності"
            if status == "scheduled":
                text = f"{cap(when)} має набути чинності {between}."
                ev.summary = f"Очікується, що набуде чинності {between}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                ev.title = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}"
                text = f"{cap(when)} мало відбутися підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}, однак його {done}."
                ev.summary = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen} {done}."
            ev.paragraphs = [text]
            return
        if variant == "signed" and pa and pb:
            ev.place = self.place((A, B)) if self.chance(0.7) else None
            where = f"{self.places[ev.place].loc} " if ev.place else ""
            ev.title = f"Підписання договору між {an.ins} та {bn.ins} щодо {t1.gen}"
            lead = f"{cap(when)} {where}{self.pd(pa)} та {self.pd(pb)} підписали {between}."
            ev.summary = f"{self.link(pa)} і {self.link(pb)} підписали {between}."
            ev.headline = f"{an.name} та {bn.name} підписали договір щодо {t1.gen}"
        elif variant in ("inforce", "signed"):
            ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} набуває чинності"
            lead = f"{cap(when)} набув чинності {between}."
            ev.summary = f"Набув чинності {between}."
            ev.headline = f"Набув чинності {between}"
        elif variant == "expired":
            ev.title = f"Договір між {an.ins} та {bn.ins} щодо {t1.gen} втрачає чинність"
            lead = f"{cap(when)} втратив чинність {between}."
            ev.summary = f"Втратив чинність {between}; його продовження не оформлене."
            ev.headline = f"Втратив чинність {between}"
        else:
            ev.title = f"{bn.name} {self.vb(B, 'ратифікує', 'ратифікує', 'ратифікує', 'ратифікують')} договір з {an.ins} щодо {t1.gen}"
            lead = f"{cap(when)} {bn.loc} ратифікували договір з {an.ins} щодо {t1.gen}."
            ev.summary = f"{self.link(B)} {self.vb(B, 'ратифікував', 'ратифікувала', 'ратифікувало', 'ратифікували')} договір з {an.ins} щодо {t1.gen}."
            ev.headline = f"{cap(bn.loc)} ратифікували договір з {an.ins}"
        if part == "background":
            ev.paragraphs = [lead + self.recall(ev, pa, B)]
            return
        paragraphs = [lead, self.rng.choice([
            "Договір укладено строком на десять років з можливістю продовження.",
            "Документ передбачає взаємні перевірки та обмін інформацією.",
            "Сторони зобов’язалися регулярно звітувати про виконання договору.",
        ])]
        self.quotes_for(ev, [pa, pb], B, paragraphs)
        ev.paragraphs = paragraphs

    def k_summit(self, ev, f, year, when, published):
        O = H = pa = S1 = None
        if f is not None and f.kind == "organization":
            O = f.id
        elif f is not None and f.kind == "state":
            S1 = f.id
        elif f is not None and f.kind == "person":
            pa = f.id
        if O is None:
            if self.orgs and self.chance(0.8):
                O = self.rng.choice(self.orgs)
            else:
                H = self.state({S1})
        S1 = S1 or self.state({H})
        S2 = self.state({S1, H})
        self.add(ev, O or H, "organizer" if O else "host")
        self.add(ev, S1, "participant")
        self.add(ev, S2, "participant")
        pa = pa or self.person_near(year, home=self.rng.choice([S1, S2]))
        if pa and not self.add(ev, pa, "participant", home_role="participant"):
            pa = None
        ev.keys = [self.a(O or H).tag]
        ev.place = self.place((H,) if H else ())
        where = self.places[ev.place].loc
        t1 = self.topics[ev.topics[0]]
        s1, s2 = self.a(S1), self.a(S2)
        what = f"саміт {self.a(O).gen}" if O else f"міжнародний саміт щодо {t1.gen}"
        ev.title = f"{cap(what)} {where}"
        part, status = ev.plan.part, ev.plan.status
        if part == "upcoming":
            if status == "scheduled":
                text = f"{cap(when)} {where} відбудеться {what}."
                ev.summary = f"Запланований {what} {where}."
            else:
                done = "перенесли" if status == "postponed" else "скасували"
                text = f"{cap(when)} {where} мав відбутися {what}, однак його {done}."
                ev.summary = f"{cap(what)} {where} {done}."
            ev.paragraphs = [text]
            return
        if ev.plan.precision == "day" and self.chance(0.5):
            ev.end_date = (ev.plan.date + dt.timedelta(days=self.rng.randint(1, 2))).isoformat()
        lead = f"{cap(when)} {where} {self.rng.choice(['розпочався', 'відбувся'])} {what}."
        who = f"У ньому взяли участь делегації {s1.gen}, {s2.gen} та інших держав."
        org_link = f"[{self.a(O).name}](actor:{O})" if O else ""
        ev.summary = (f"Саміт {org_link} {where}" if O else f"{cap(what)} {where}") + (
            f" зібрав делегації {s1.gen}, {s2.gen} та інших держав; головною темою стало питання {t1.gen}.")
        if part == "background":
            ev.paragraphs = [f"{lead} {who}" + self.recall(ev, pa, None)]
            return
        ev.headline = self.rng.choice([f"{cap(where)} стартував {what}", f"{cap(what)}: учасники обговорили питання {t1.gen}"])
        paragraphs = [lead, who]
        if pa:
            paragraphs.append(f"{cap(self.pd(pa))} {self.g(pa, 'виступив', 'виступила')} на пленарному засіданні.")
        self.quotes_for(ev, [pa], None, paragraphs)
        ev.paragraphs = paragraphs

    def k_publication(self, ev, f, year, when, published):
        M = X = px = None
        if f is not None and f.kind == "media":
            M = f.id
        elif f is not None and f.kind == "state":
            X = f.id
        elif f is not None and f.kind == "person":
            px = f.id
            X = self.a(px).home
        if M is None:
            if not self.media:
                return self.k_statement(ev, f, year, when, published)
            M = self.rng.choice(self.media)
        X = X or self.side()
        if px is None and self.chance(0.7):
            px = self.person_near(year, home=X)
        self.add(ev, M, "author")
        self.add(ev, X, "subject")
        self.add(ev, px, "subject", home_role="subject")
        mn, xn = self.a(M), self.a(X)
        ev.keys = [mn.tag, xn.tag]
        t1 = self.topics[ev.topics[0]]
        ev.title = self.rng.choice([f"{mn.name} публікує матеріал щодо {t1.gen}",
                                    f"{mn.name} повідомляє про позицію {xn.gen} щодо {t1.gen}"])
        lead = f"{cap(when)} видання {mn.name} опублікувало матеріал щодо {t1.gen}, у якому йдеться про позицію {xn.gen}."
        ev.summary = f"Видання {self.link(M)} опублікувало матеріал щодо {t1.gen} і позиції {xn.gen}."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, px, X)]
            return
        ev.headline = f"{mn.name}: позиція {xn.gen} щодо {t1.gen}"
        paragraphs = [lead, f"За даними видання, {self.clause(ev, X)}."]
        if px:
            q = self.direct(ev)
            ev.quotes.append((q, px))
            paragraphs.append(f"Видання наводить слова {self.pdg(px)}: «{q}».")
        ev.paragraphs = paragraphs

    def k_military_activity(self, ev, f, year, when, published):
        A = pb = None
        if f is not None and f.kind == "state":
            A = f.id
        elif f is not None and f.kind == "person":
            pb = f.id
        A = A or self.state()
        if pb and self.a(pb).home == A:
            A = self.state({A})
        B = self.a(pb).home if pb and self.a(pb).kind == "person" and self.a(pb).home in self.states else self.state({A})
        if pb is None:
            pb = self.person_near(year, home=B)
        self.add(ev, A, "party")
        self.add(ev, B, "subject")
        if pb and not self.add(ev, pb, "speaker"):
            pb = None
        an, bn = self.a(A), self.a(B)
        ev.keys = [an.tag, bn.tag]
        ev.title = self.rng.choice([f"Навчання збройних сил {an.gen} поблизу кордонів {bn.gen}",
                                    f"Військова активність {an.gen} біля кордонів {bn.gen}"])
        what = self.rng.choice(["масштабні навчання", "перекидання військ"])
        thousands = self.rng.randint(5, 60)
        lead = f"{cap(when)} збройні сили {an.gen} розпочали {what} поблизу кордонів {bn.gen}."
        ev.summary = f"Збройні сили {an.gen} розпочали {what} поблизу кордонів {bn.gen}; за наявними даними, задіяно близько {thousands} тисяч військових."
        if ev.plan.part == "background":
            ev.paragraphs = [lead + self.recall(ev, pb, A)]
            return
        ev.headline = f"{an.name} {self.vb(A, 'стягує', 'стягує', 'стягує', 'стягують')} війська до кордонів {bn.gen}"
        paragraphs = [lead, f"За наявними даними, задіяно близько {thousands} тисяч військових."]
        if pb:
            paragraphs.append(f"{cap(self.pd(pb))} {self.g(pb, 'назвав', 'назвала')} ці дії загрозою для регіональної безпеки.")
        self.quotes_for(ev, [pb], A, paragraphs)
        ev.paragraphs = paragraphs

    # ---- one event ----

    def compose(self, ev: Event, forced: str | None, published: dt.date) -> bool:
        """Compose an event; True if the forced actor (one not yet in any event) took part."""
        kinds = SCHEDULABLE if ev.plan.part == "upcoming" else tuple(KIND_WEIGHTS)
        f = self.actors[forced] if forced else None
        if f is not None:
            allowed = FORCED_KINDS[f.kind]
            if f.kind == "organization" and not self.people_by_home.get(f.id):
                allowed = ("summit", "statement", "talks")
            options = [k for k in kinds if k in allowed]
            if not options:
                f, options = None, list(kinds)
        else:
            options = list(kinds)
        ev.kind = self.weighted(options, [KIND_WEIGHTS[k] for k in options])
        ev.topics = self.pick_topics()
        when = self.when(ev, published)
        getattr(self, "k_" + ev.kind.replace("-", "_"))(ev, f, ev.plan.date.year, when, published)
        while len(ev.cast) < 3:  # now and then a side is missing: name one more subject
            x = self.side(set(ev.cast))
            ev.cast[x] = "subject"
            ev.paragraphs[0] += f" Окремо йшлося про відносини з {self.actors[x].ins}."
        if ev.place is None and self.pending_places and ev.kind in ("talks", "meeting", "summit", "agreement") and ev.plan.part == "main":
            ev.place = self.pending_places.popleft()
            ev.paragraphs.append(f"Зустріч відбулася {self.places[ev.place].loc}.")
        ev.paragraphs = [euphony(p) for p in ev.paragraphs]
        ev.quotes = [(euphony(q), by) for q, by in ev.quotes]
        ev.title, ev.headline, ev.summary = euphony(ev.title), euphony(ev.headline), euphony(ev.summary)
        self.named.update(ev.topics)
        if ev.place:
            self.named.add(ev.place)
        d = ev.plan.date
        ym = (d.year, d.month)
        for aid in ev.cast:
            a = self.actors[aid]
            a.first = ym if a.first is None or ym < a.first else a.first
            a.last = ym if a.last is None or ym > a.last else a.last
        return f is not None and f.id in ev.cast

    # ---- ids ----

    def event_id(self, ev: Event) -> str:
        d, p = ev.plan.date, ev.plan.precision
        date = d.isoformat() if p == "day" else f"{d.year:04d}-{d.month:02d}" if p == "month" else f"{d.year:04d}"
        keys = [k for k in dict.fromkeys(ev.keys) if k]
        base = "-".join(keys + [KIND_SLUG[ev.kind], date])
        if len(base) > 72:
            base = "-".join([k[:16].strip("-") for k in keys] + [KIND_SLUG[ev.kind], date])
        eid, n = base, 2
        while eid in self.used_event_ids:
            eid = f"{base}-{n}"
            n += 1
        self.used_event_ids.add(eid)
        return eid

    def source_stem(self, main: Event, published: dt.date) -> str:
        keys = [k[:16].strip("-") for k in dict.fromkeys(main.keys) if k][:2]
        stem = "-".join(keys + [KIND_SLUG[main.kind]])
        candidate, n = stem, 2
        while f"{candidate}-{published.isoformat()}" in self.used_source_ids:
            candidate = f"{stem}-{n}"
            n += 1
        self.used_source_ids.add(f"{candidate}-{published.isoformat()}")
        return candidate

    # ---- the article ----

    def teaser(self, ev: Event) -> str:
        t = self.topics[self.rng.choice(ev.topics)].gen
        city = self.rng.choice(CITIES)[1]
        return self.rng.choice(TEASERS).format(t=t, c=city, k=self.rng.choice(TEASER_KEYS))

    def article(self, events: list[Event], published: dt.date, headline: str) -> str:
        rng = self.rng
        main, others = events[0], events[1:]
        blocks = [f"{headline} /фото {rng.choice(PHOTO_CREDITS)}" if self.chance(0.45) else headline]
        if self.chance(0.7):
            year = f" {published.year}" if self.chance(0.3) else ""
            blocks.append(f"{published.day} {MONTHS_GEN[published.month - 1]}{year}, {rng.randint(7, 22)}:{rng.randint(0, 59):02d}")
        body = list(main.paragraphs)
        t = self.topics[main.topics[0]].gen
        for filler in rng.sample(self.fitting(main, FILLERS), self.weighted((0, 1, 2), (2, 5, 3))):
            body.insert(rng.randint(1, len(body)), filler.format(t=t))
        recalled = False
        for ev in others:
            text = ev.paragraphs[0]
            if ev.plan.part == "background" and not recalled and self.chance(0.4):
                text = "Нагадаємо, " + lc(text)
                recalled = True
            body.append(text)
        quoted = [q for ev in events for q, _ in ev.quotes]
        if self.chance(0.35):
            eligible = [i for i, p in enumerate(body) if i and re.match("[А-ЯҐЄІЇ]", p) and not _GLUE.search(p)
                        and "«" not in p and not any(q in p for q in quoted)]
            if eligible:
                i = rng.choice(eligible)
                body[i] = "Читайте також" + self.teaser(main) + body[i]
        if self.chance(0.5):
            body.insert(rng.randint(1, min(3, len(body))), "Відео дня")
        if self.chance(0.1):
            body.insert(rng.randint(1, len(body)), "Created with Sketch.")
        blocks += body
        text = "\n\n".join(blocks) + "\n"
        end = rng.random()
        if end < 0.65:
            marker = "Читайте також" if end < 0.45 else "Вас також можуть зацікавити новини:"
            lines = [marker]
            for _ in range(rng.randint(3, 6)):
                lines.append(self.teaser(main))
                if marker == "Читайте також":
                    lines.append(rng.choice(RUBRICS))
            text += "\n" + "\n".join(lines) + "\n"
        return text

    def verify_quotes(self, events: list[Event], text: str, title: str, outlet: str) -> None:
        """Drop any quote the cleaner would not find verbatim (none should be)."""
        rules = self.rules + self.outlet_rules.get(outlet, Rules())
        body = "\n".join(re.sub(r"\s+", " ", p).strip() for p in clean(text, rules, title=title).paragraphs)
        for ev in events:
            ev.quotes = [(q, by) for q, by in ev.quotes if re.sub(r"\s+", " ", q).strip() in body and by in ev.cast]

    # ---- files ----

    def write(self, rel: str, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        path = self.target / rel
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def event_yaml(self, ev: Event, source: str) -> str:
        d, p = ev.plan.date, ev.plan.precision
        date = d.isoformat() if p == "day" else f"{d.year:04d}-{d.month:02d}" if p == "month" else f"{d.year:04d}"
        out = [header("event"), f"title: {ys(ev.title)}\n", f"date: {ydate(date)}\n"]
        if ev.end_date:
            out.append(f"end_date: {ev.end_date}\n")
        if ev.date_note:
            out.append(f"date_note: {ys(ev.date_note)}\n")
        out.append(f"kind: {ev.kind}\nstatus: {ev.plan.status}\n")
        if ev.place:
            out.append(f"place: {ev.place}\n")
        out.append("actors:\n")
        for aid, role in ev.cast.items():
            out.append(f"  - id: {aid}\n    role: {role}\n")
        out.append(f"topics: [{', '.join(ev.topics)}]\n")
        out.append(f"sources: [{source}]\n")
        out.append(yblock("summary", ev.summary))
        if ev.quotes:
            out.append("quotes:\n")
            for q, by in dict.fromkeys(ev.quotes):
                out.append(f"  - text: {ys(q)}\n    by: {by}\n    source: {source}\n")
        if ev.related:
            out.append(f"related: [{', '.join(ev.related)}]\n")
        if not ev.quotes:
            out.append(NO_QUOTES_NOTE[ev.plan.part] + "\nsilence: [no-quotes]\n")
        return "".join(out)

    def source_yaml(self, sid: str, seed: str, digest: str, outlet: str, title: str, published: dt.date, url: str, note: str) -> str:
        out = [header("source"), f"seed: {seed}\n", f"sha256: {digest}\n", f"outlet: {ys(outlet)}\n", f"title: {ys(title)}\n",
               f"published: {published.isoformat()}\n"]
        if url:
            out.append(f"url: {url}\n")
        out.append("language: uk\n")
        if note:
            out.append(yblock("note", note))
        return "".join(out)

    def source(self, s: int, events: list[Event]) -> None:
        rng = self.rng
        published = self.plan_sources[s][0]
        main = events[0]
        stem = self.source_stem(main, published)
        sid = f"{stem}-{published.isoformat()}"
        seed = f"seeds/{published.isoformat()}-{stem}.txt"
        for ev in events:
            ev.id = self.event_id(ev)
        for ev in events[1:]:
            main.related.append(ev.id)
        previous, before = self.last_by_pair.get(main.pair, (None, None)) if main.pair else (None, None)
        if previous and before <= main.plan.date and self.chance(0.5):
            main.related.insert(0, previous)
            if self.chance(0.6):
                main.summary += f" Подія продовжує [попередні контакти сторін](event:{previous})."
        if main.pair:
            self.last_by_pair[main.pair] = (main.id, main.plan.date)
        outlet, host = rng.choice(OUTLETS)
        text = self.article(events, published, main.headline)
        self.verify_quotes(events, text, main.headline, outlet)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        url = f"https://www.{host}.example/news/{published.isoformat()}/{stem}-{rng.randint(100000, 999999)}" if self.chance(0.7) else ""
        note = ""
        if "/фото " in text.split("\n", 1)[0] and self.chance(0.4):
            note = "Заголовок у знімку сторінки злитий з підписом до фото; записано заголовок без підпису."
        elif self.chance(0.1):
            note = "Знімок сторінки не зберіг назви видання; її встановлено за оформленням сторінки."
        self.write(seed, data)
        self.write(f"content/sources/{sid}.yml", self.source_yaml(sid, seed, digest, outlet, main.headline, published, url, note))
        for ev in events:
            self.write(f"content/events/{ev.id}.yml", self.event_yaml(ev, sid))
            self.quotes += len(ev.quotes)

    def write_events(self) -> None:
        pending_actors: deque[str] = deque()
        self.pending_topics: deque[str] = deque()
        self.pending_places: deque[str] = deque()
        i = 0
        for s, (published, k) in enumerate(self.plan_sources):
            events = []
            for _ in range(k):
                for debut, queue in ((self.debut, pending_actors), (self.topic_debut, self.pending_topics), (self.place_debut, self.pending_places)):
                    if i in debut:
                        queue.append(debut[i])
                ev = Event(self.plans[i])
                forced = pending_actors[0] if pending_actors else None
                if self.compose(ev, forced, published) and forced:
                    pending_actors.popleft()
                events.append(ev)
                i += 1
            self.source(s, events)

    def dedupe_aliases(self) -> None:
        """Drop every alias that would name the wrong actor in an article.

        `chronicle check` finds an actor in a text wherever its name or an alias stands as whole
        words. An alias that is also a word sequence of another actor's name, forms, aliases or
        post ("Мішель" the surname and Мішель the first name; "France" in "Agence France-Presse"),
        or of a place or topic, would make the check see an actor the article does not name. Only
        an actor's own state or organization may be named inside its entries (a minister's post
        names the state; that state is always listed beside the minister).
        """
        index: dict[str, set[str]] = {}

        def words(text: str) -> list[str]:
            return re.findall(r"\w+", text)

        def note(owner: str, text: str) -> None:
            tokens = words(text)
            for i in range(len(tokens)):
                for j in range(i + 1, min(len(tokens), i + 6) + 1):
                    index.setdefault(" ".join(tokens[i:j]), set()).add(owner)

        for a in self.actors.values():
            for text in (a.name, a.gen, a.dat, a.ins, a.loc, *a.aliases, *a.post, a.earlier_post):
                note(a.id, text)
        for p in self.places.values():
            for text in (p.name, p.loc, *p.aliases):
                note("", text)
        for t in self.topics.values():
            for text in (t.name, t.gen, *t.aliases):
                note("", text)
        for a in self.actors.values():
            kept = []
            for alias in dict.fromkeys(a.aliases):
                others = {o for o in index.get(" ".join(words(alias)), ()) if o != a.id and (not o or self.actors[o].home != a.id)}
                if alias != a.name and not others:
                    kept.append(alias)
            a.aliases = kept

    def roles(self, a: Actor) -> list[str]:
        rng = self.rng
        start, end = a.era
        first, last = a.first or (start, 6), a.last or (end, 6)
        y0 = min(start, first[0])
        m0 = rng.randint(1, first[1]) if y0 == first[0] else rng.randint(1, 12)
        y1 = max(end, last[0])
        m1 = rng.randint(last[1], 12) if y1 == last[0] else rng.randint(1, 12)
        y1, m1 = max((y1, m1), (y0, m0))
        organization = a.post_body or a.home
        out = []
        if a.earlier_post:
            e0 = y0 - rng.randint(2, 5)
            out.append(f"  - post: {ys(a.earlier_post)}\n    organization: {a.home}\n    from: '{e0}'\n    to: {y0:04d}-{m0:02d}\n")
        role = f"  - post: {ys(a.post[0])}\n    organization: {organization}\n    from: {y0:04d}-{m0:02d}\n"
        if y1 < 2026:
            role += f"    to: {y1:04d}-{m1:02d}\n"
        return out + [role]

    def write_entries(self) -> None:
        self.dedupe_aliases()
        # A small chronicle has more actors, topics and places than its events can name.
        unnamed = "# No synthetic event happened to name it.\nsilence: [unlinked]\n"
        in_roles = {a.post_body or a.home for a in self.actors.values() if a.kind == "person"}
        in_roles |= {a.home for a in self.actors.values() if a.earlier_post}
        for aid in sorted(self.actors):
            a = self.actors[aid]
            out = [header("actor"), f"name: {ys(a.name)}\n", f"kind: {a.kind}\n"]
            if a.aliases:
                out.append(f"aliases: {ylist(a.aliases)}\n")
            if a.description:
                out.append(f"description: {ys(a.description)}\n")
            if a.kind == "person":
                out.append("roles:\n" + "".join(self.roles(a)))
            if a.first is None and aid not in in_roles:
                out.append(unnamed)
            self.write(f"content/actors/{aid}.yml", "".join(out))
        for tid in sorted(self.topics):
            t = self.topics[tid]
            out = [header("topic"), f"name: {ys(t.name)}\n", f"aliases: {ylist(t.aliases)}\n", f"description: {ys(t.description)}\n"]
            if tid not in self.named:
                out.append(unnamed)
            self.write(f"content/topics/{tid}.yml", "".join(out))
        for pid in sorted(self.places):
            p = self.places[pid]
            out = [header("place"), f"name: {ys(p.name)}\n"]
            if p.aliases:
                out.append(f"aliases: {ylist(p.aliases)}\n")
            out.append(f"country: {ys(p.country)}\n")
            out.append(f"coordinates: {{lat: {p.lat!r}, lon: {p.lon!r}}}\n")
            if pid not in self.named:
                out.append(unnamed)
            self.write(f"content/places/{pid}.yml", "".join(out))

    def run(self, target: Path, rules: Rules, outlet_rules: dict[str, Rules]) -> None:
        self.target = target
        self.rules, self.outlet_rules = rules, outlet_rules
        self.files = self.bytes = self.quotes = 0
        self.named: set[str] = set()  # topics and places some event names
        for part in ("content/events", "content/actors", "content/sources", "content/topics", "content/places", "seeds"):
            (target / part).mkdir(parents=True, exist_ok=True)
        self.plan()
        self.make_cast()
        self.make_topics_and_places()
        self.write_events()
        self.write_entries()


# The parsed name tables: group -> (male, female, surnames).
def _parse_names():
    parsed = {}
    for group, (male, female, surnames) in NAME_GROUPS.items():
        m = [_name_parts(e) for e in _entries(male)]
        f = [_name_parts(e) for e in _entries(female)]
        s = []
        for entry in _entries(surnames):
            uk, _, latin = entry.partition(" ")
            declines = not uk.endswith("=")
            uk = uk.rstrip("=")
            uk_m, _, uk_f = uk.partition("/")
            lat_m, _, lat_f = latin.partition("/")
            if not lat_m:
                lat_m, lat_f = translit(uk_m), translit(uk_f) if uk_f else ""
            s.append((uk_m, uk_f or uk_m, lat_m, lat_f or (lat_m if not uk_f else translit(uk_f)), declines))
        parsed[group] = (m, f, s)
    return parsed


PARSED_NAMES = _parse_names()
STATES_BY_ID = {row[0]: row for row in STATES}
ORG_BY_ID = {row[0]: row for row in ORGANIZATIONS}


# ---------------------------------------------------------------------------------------------


def _rules(target: Path) -> tuple[Rules, dict[str, Rules]]:
    path = target / "content" / "cleaning.yml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    return Rules.from_dict(data.get("default")), {k: Rules.from_dict(v) for k, v in (data.get("outlets") or {}).items()}


def _copy(root: Path, target: Path) -> tuple[int, int]:
    files = size = 0
    for rel in COPIED:
        source = root / rel
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    dest = target / rel / path.relative_to(source)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(path.read_bytes())
                    files, size = files + 1, size + dest.stat().st_size
        elif source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(source.read_bytes())
            files, size = files + 1, size + (target / rel).stat().st_size
        elif rel == "mkdocs.yml":
            raise SynthError(f"{source} does not exist; run it in a chronicle project or pass --root")
    return files, size


def synthesize(target: Path, events: int, seed: int = 0, root: Path = Path("."), force: bool = False) -> Summary:
    """Write a synthetic chronicle of `events` events into target; see the module's docstring."""
    started = time.perf_counter()
    target, root = Path(target).resolve(), Path(root).resolve()
    if events < 1:
        raise SynthError("--events must be at least 1")
    if target == root:
        raise SynthError(f"{target} is the project itself; choose another directory")
    if target.exists() and not target.is_dir():
        raise SynthError(f"{target} is a file; choose a directory")
    if target.is_dir() and any(target.iterdir()):
        if not force:
            raise SynthError(f"{target} is not empty; choose an empty directory, or pass --force to replace its chronicle")
        for rel in WRITTEN:
            path = target / rel
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
    target.mkdir(parents=True, exist_ok=True)
    copied_files, copied_bytes = _copy(root, target)
    synth = Synth(events, seed)
    synth.run(target, *_rules(target))
    return Summary(
        events=events, actors=len(synth.actors), sources=len(synth.plan_sources), topics=len(synth.topics),
        places=len(synth.places), quotes=synth.quotes, files=synth.files + copied_files, bytes=synth.bytes + copied_bytes,
        seconds=time.perf_counter() - started,
    )
