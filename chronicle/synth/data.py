"""The word lists and tables `chronicle synth` draws its made-up chronicles from.

Plain data, kept apart from the generator (the rest of chronicle/synth/): names by language group with
their Ukrainian declension quirks, states, heads of state and government posts, international
organizations, media, cities and venues, topics, outlets, and the phrases a Ukrainian news
article is made of. The tables with a row per state, post, organization, medium, city, venue,
topic and outlet are tab-separated files in tables/, each saying what its columns are.
"""

from __future__ import annotations

from pathlib import Path

TABLES = Path(__file__).parent / "tables"


def _table(name: str, numbers: tuple[int, ...] = ()) -> list[tuple]:
    """The rows of tables/<name>.tsv (tab-separated; lines starting with # say what the columns
    are), each a tuple of strings, with the columns numbers as int or float as written."""
    rows = []
    for line in (TABLES / f"{name}.tsv").read_text("utf-8").split("\n"):
        if line and not line.startswith("#"):
            cells: list = line.split("\t")
            for n in numbers:
                cells[n] = float(cells[n]) if "." in cells[n] else int(cells[n])
            rows.append(tuple(cells))
    return rows


# Each group: male first names, female first names, surnames. An entry is "Ukrainian Latin";
# a surname with distinct female form is "Male/Female LatinMale/LatinFemale". The Ukrainian
# group has no Latin column: its Latin spelling is the national transliteration.

NAME_GROUPS: dict[str, tuple[str, str, str]] = {
    "uk": (
        (
            "Олександр, Андрій, Сергій, Дмитро, Олег, Юрій, Василь, Михайло, Володимир, Іван, Петро, Тарас, "
            "Богдан, Максим, Віктор, Микола, Ігор, Роман, Павло, Ярослав, Степан, Анатолій, Валерій, Євген, "
            "Віталій, Олексій, Костянтин, Григорій, Остап, Назар, Артем, Денис, Вадим, Руслан, Станіслав, "
            "Святослав, Федір, Геннадій, Леонід, Борис"
        ),
        (
            "Олена, Ольга, Наталія, Тетяна, Ірина, Юлія, Оксана, Марія, Людмила, Світлана, Галина, Катерина, "
            "Анна, Вікторія, Христина, Софія, Дарина, Ганна, Лариса, Зоряна, Мирослава, Надія, Валентина, "
            "Інна, Алла, Вероніка, Ярослава, Богдана, Соломія, Ліна"
        ),
        (
            "Шевченко, Ковальчук, Бойко, Ткаченко, Кравчук, Мельник, Олійник, Поліщук, Лисенко, Марченко, "
            "Савчук, Павлюк, Дорошенко, Литвин, Романюк, Кузьменко, Руденко, Мазур, Гнатюк, Ярошенко, Білик, "
            "Зінченко, Костенко, Приходько, Петренко, Іващенко, Гуменюк, Левченко, Онищенко, Сидоренко, "
            "Карпенко, Демченко, Пономаренко, Гаврилюк, Мартинюк, Семенюк, Юрченко, Панченко, Остапчук, "
            "Хоменко, Шаповал, Гордієнко, Назаренко, Бабенко, Головко, Мисник, Бабій, Коваль, Гончар, Кушнір, "
            "Стельмах, Данильченко, Тарасенко, Вакуленко, Галушко, Довженко, Клименко, Кириленко, Лук’яненко, "
            "Максименко, Нестеренко, Опанасенко, Охрименко, Рибак, Сахно, Тимченко, Федоренко, Харченко, "
            "Чорновол, Швидкий/Швидка, Ковальський/Ковальська, Вишневський/Вишневська, Яворський/Яворська, "
            "Городецький/Городецька, Садовський/Садовська, Левицький/Левицька, Білецький/Білецька, "
            "Заславський/Заславська, Кравченко, Мороз, Собко, Гладкий/Гладка, Процик, Дмитрук, Ничипорук, "
            "Гайдук, Костюк, Микитюк, Ільченко, Пилипенко, Стасюк, Вдовиченко"
        ),
    ),
    "ru": (
        (
            "Сергій Sergei, Дмитро Dmitry, Олексій Alexei, Михайло Mikhail, Микола Nikolai, Андрій Andrei, "
            "Володимир Vladimir, Юрій Yuri, Олег Oleg, Ігор Igor, Віктор Viktor, Григорій Grigory, "
            "Максим Maxim, Костянтин Konstantin, Павло Pavel, Анатолій Anatoly, Валерій Valery, Євген Yevgeny"
        ),
        (
            "Марія Maria, Олена Yelena, Ольга Olga, Тетяна Tatyana, Наталія Natalya, Ірина Irina, "
            "Валентина Valentina, Анна Anna, Світлана Svetlana, Людмила Lyudmila"
        ),
        (
            "Соколов/Соколова Sokolov/Sokolova, Волков/Волкова Volkov/Volkova, Морозов/Морозова Morozov/Morozova, "
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
            "Калінін/Калініна Kalinin/Kalinina, Ушаков/Ушакова Ushakov/Ushakova"
        ),
    ),
    "en": (
        (
            "Джон John, Майкл Michael, Девід David, Джеймс James, Роберт Robert, Вільям William, Річард Richard, "
            "Томас Thomas, Ендрю Andrew, Пітер Peter, Марк Mark, Стівен Steven, Пол Paul, Ентоні Anthony, "
            "Крістофер Christopher, Деніел Daniel, Метью Matthew, Браян Brian, Кевін Kevin, Джордж George, "
            "Едвард Edward, Саймон Simon, Гаррі Harry, Джозеф Joseph"
        ),
        (
            "Мері Mary, Сара Sarah, Елізабет Elizabeth, Дженніфер Jennifer, Лінда Linda, Кетрін Catherine, "
            "Емілі Emily, Гелен Helen, Джессіка Jessica, Ребекка Rebecca, Енн Anne, Маргарет Margaret, "
            "Сюзан Susan, Ненсі Nancy, Карен Karen, Ванесса Vanessa, Шарлотта Charlotte"
        ),
        (
            "Сміт Smith, Джонсон Johnson, Вільямс Williams, Браун Brown, Джонс Jones, Міллер Miller, Девіс Davis, "
            "Вілсон Wilson, Андерсон Anderson, Тейлор Taylor, Мур Moore, Джексон Jackson, Томпсон Thompson, "
            "Вайт White, Гарріс Harris, Кларк Clark, Льюїс Lewis, Робінсон Robinson, Вокер Walker, Голл Hall, "
            "Аллен Allen, Янг Young, Кінг King, Райт Wright, Скотт Scott, Грін Green, Бейкер Baker, Адамс Adams, "
            "Нельсон Nelson, Кемпбелл Campbell, Мітчелл Mitchell, Картер Carter, Роджерс Rogers, Еванс Evans, "
            "Тернер Turner, Паркер Parker, Коллінз Collins, Едвардс Edwards, Стюарт Stewart, Морріс Morris, "
            "Мерфі Murphy, Кук Cook, Белл Bell, Купер Cooper, Річардсон Richardson, Кокс Cox, Говард Howard, "
            "Ворд Ward, Фостер Foster, Грей Gray, Беннетт Bennett, Гамільтон Hamilton, Гаррісон Harrison, "
            "Маршалл Marshall, Прайс Price, Гордон Gordon, Реддінг Redding, Волш Walsh, Голден Holden"
        ),
    ),
    "fr": (
        (
            "Жан Jean, П’єр Pierre, Франсуа= François, Луї Louis, Мішель Michel, Філіп Philippe, Ален Alain, "
            "Жак Jacques, Ніколя= Nicolas, Бруно Bruno, Тьєррі Thierry, Поль Paul, Антуан Antoine, Ів Yves, "
            "Лоран Laurent, Жерар Gérard, Бернар Bernard, Ерік Éric, Патрік Patrick, Себастьєн Sébastien"
        ),
        (
            "Марі Marie, Катрін Catherine, Ізабель Isabelle, Сільві Sylvie, Натали Nathalie, Софі Sophie, "
            "Анн Anne, Елен Hélène, Мартін Martine, Валері Valérie, Клер Claire, Сесіль Cécile, Аньєс Agnès"
        ),
        (
            "Дюпон Dupont, Мартен Martin, Бернар Bernard, Дюбуа= Dubois, Робер Robert, Рішар Richard, Петі Petit, "
            "Дюран Durand, Леруа= Leroy, Моро Moreau, Симон Simon, Лоран Laurent, Лефевр Lefebvre, Мішель Michel, "
            "Бертран Bertrand, Руссо Rousseau, Вінсан Vincent, Фурньє Fournier, Жирар Girard, Бонне Bonnet, "
            "Дюпюї Dupuis, Ламбер Lambert, Фонтен Fontaine, Шевальє Chevalier, Мерсьє Mercier, Блан Blanc, "
            "Гійом Guillaume, Лемуан Lemoine, Дюфур Dufour, Марешаль Maréchal, Обер Aubert, Тібо Thibault"
        ),
    ),
    "de": (
        (
            "Ганс Hans, Клаус Klaus, Юрген Jürgen, Вольфганг Wolfgang, Міхаель Michael, Томас Thomas, "
            "Андреас Andreas, Петер Peter, Франк Frank, Штефан Stefan, Маркус Markus, Райнер Rainer, "
            "Гельмут Helmut, Дітер Dieter, Уве Uwe, Ральф Ralf, Йоганнес Johannes, Фрідріх Friedrich, "
            "Маттіас Matthias, Себастьян Sebastian, Мартін Martin, Торстен Torsten"
        ),
        (
            "Анна Anna, Урсула Ursula, Сабіне Sabine, Катрін Katrin, Петра Petra, Моніка Monika, Андреа= Andrea, "
            "Габріеле Gabriele, Юлія Julia, Кароліна Karolina, Гайке Heike, Франциска Franziska, Бірґіт Birgit"
        ),
        (
            "Мюллер Müller, Шмідт Schmidt, Шнайдер Schneider, Фішер Fischer, Вебер Weber, Маєр Meyer, "
            "Вагнер Wagner, Беккер Becker, Шульц Schulz, Гофман Hoffmann, Шефер Schäfer, Кох Koch, Бауер Bauer, "
            "Ріхтер Richter, Клайн Klein, Вольф Wolf, Шредер Schröder, Нойман Neumann, Шварц Schwarz, "
            "Ціммерман Zimmermann, Крюгер Krüger, Гартман Hartmann, Ланге Lange, Вернер Werner, Кребс Krebs, "
            "Кайзер Kaiser, Фукс Fuchs, Петерс Peters, Ланг Lang, Вайс Weiss, Юнг Jung, Ган Hahn, Шуберт Schubert, "
            "Фогель Vogel, Брандт Brandt, Гюбнер Hübner, Келлер Keller, Штраус Strauss, Зоммер Sommer"
        ),
    ),
    "nl": (
        (
            "Ян Jan, Пітер Pieter, Геерт Geert, Марк Mark, Ламберт Lambert, Віллем Willem, Гендрік Hendrik, "
            "Дірк Dirk, Рутгер Rutger, Бас Bas, Франс Frans, Маартен Maarten, Стефан Stefan"
        ),
        "Анна Anna, Маріке Marieke, Саскія Saskia, Ліза Lisa, Інге Inge, Ельс Els, Фемке Femke, Сандра Sandra",
        (
            "Янсен Jansen, Баккер Bakker, Віссер Visser, Смітс Smits, Мейєр Meijer, Мюлдер Mulder, Бос Bos, "
            "Вос Vos, Петерс Peeters, Гендрікс Hendriks, Деккер Dekker, Брауер Brouwer, Дейкстра Dijkstra, "
            "Схаутен Schouten, Вермюлен Vermeulen, Якобс Jacobs, Маас Maas, Гертс Geerts, Віллемс Willems, "
            "Клаассен Claassen, Мертенс Mertens, Гуссенс Goossens"
        ),
    ),
    "it": (
        (
            "Джузеппе Giuseppe, Джованні Giovanni, Марко Marco, Франческо Francesco, Антоніо Antonio, "
            "Алессандро Alessandro, Маттео Matteo, Паоло Paolo, Стефано Stefano, Лоренцо Lorenzo, Роберто Roberto, "
            "Карло Carlo, Массімо Massimo, Енріко Enrico, Федеріко Federico, Джорджо Giorgio"
        ),
        (
            "Джулія Giulia, Франческа Francesca, Кьяра Chiara, Сара Sara, Алессандра Alessandra, Елена Elena, "
            "Валентина Valentina, Сільвія Silvia, Паола Paola, Федеріка Federica, Марта Marta, Лаура Laura"
        ),
        (
            "Россі Rossi, Руссо Russo, Бьянкі Bianchi, Романо Romano, Коломбо Colombo, Річчі Ricci, Маріні Marini, "
            "Греко Greco, Конті Conti, Джордано Giordano, Манчіні Mancini, Ріццо Rizzo, Ломбарді Lombardi, "
            "Моретті Moretti, Барб’єрі Barbieri, Санторо Santoro, Маріно Marino, Феррарі Ferrari, Галлі Galli, "
            "Мартіні Martini, Леоне Leone, Лонго Longo, Джентіле Gentile, Мартінеллі Martinelli, Вітале Vitale, "
            "Карузо Caruso, Фаббрі Fabbri, Орсіні Orsini"
        ),
    ),
    "es": (
        (
            "Хосе José, Карлос Carlos, Хуан Juan, Мігель Miguel, Педро Pedro, Луїс Luis, Хав’єр Javier, "
            "Франсиско Francisco, Мануель Manuel, Рафаель Rafael, Фернандо Fernando, Хорхе Jorge, Жуан João, "
            "Паулу Paulo, Рікардо Ricardo, Дієго Diego"
        ),
        (
            "Марія María, Кармен Carmen, Ана Ana, Лусія Lucía, Ізабель Isabel, Паула Paula, Лаура Laura, "
            "Кристина Cristina, Елена Elena, Беатрис Beatriz, Інес Inés, Мерседес Mercedes"
        ),
        (
            "Гарсія García, Фернандес Fernández, Гонсалес González, Родрігес Rodríguez, Лопес López, "
            "Мартінес Martínez, Перес Pérez, Гомес Gómez, Хіменес Jiménez, Руїс Ruiz, Ернандес Hernández, "
            "Діас Díaz, Морено Moreno, Муньос Muñoz, Альварес Álvarez, Ромеро Romero, Алонсо Alonso, "
            "Гутьєррес Gutiérrez, Наварро Navarro, Торрес Torres, Домінгес Domínguez, Рамос Ramos, Сілва Silva, "
            "Сантос Santos, Феррейра Ferreira, Перейра Pereira, Олівейра Oliveira, Мартінш Martins, Соуза Sousa, "
            "Кастро Castro, Ортега Ortega, Агілар Aguilar"
        ),
    ),
    "pl": (
        (
            "Пьотр Piotr, Анджей Andrzej, Томаш Tomasz, Павел Paweł, Кшиштоф Krzysztof, Марек Marek, Якуб Jakub, "
            "Міхал Michał, Войцех Wojciech, Збігнєв Zbigniew, Єжи Jerzy, Лукаш Łukasz, Радослав Radosław, Ян Jan, Мацей Maciej"
        ),
        (
            "Анна Anna, Катажина Katarzyna, Малгожата Małgorzata, Агнєшка Agnieszka, Барбара Barbara, Ева Ewa, "
            "Магдалена Magdalena, Йоанна Joanna, Моніка Monika, Дорота Dorota"
        ),
        (
            "Ковальський/Ковальська Kowalski/Kowalska, Новак Nowak, Вишневський/Вишневська Wiśniewski/Wiśniewska, "
            "Левандовський/Левандовська Lewandowski/Lewandowska, Каміньський/Каміньська Kamiński/Kamińska, "
            "Зелінський/Зелінська Zieliński/Zielińska, Шиманський/Шиманська Szymański/Szymańska, "
            "Войцеховський/Войцеховська Wojciechowski/Wojciechowska, Козловський/Козловська Kozłowski/Kozłowska, "
            "Яблонський/Яблонська Jabłoński/Jabłońska, Маєвський/Маєвська Majewski/Majewska, "
            "Ольшевський/Ольшевська Olszewski/Olszewska, Вуйцік Wójcik, Ковальчик Kowalczyk, Павляк Pawlak, "
            "Кравчик Krawczyk, Дудек Dudek, Вавжиняк Wawrzyniak, Сікорський/Сікорська Sikorski/Sikorska, Мазурек Mazurek"
        ),
    ),
    "cs": (
        "Петр Petr, Іржі Jiří, Мирослав Miroslav, Ондржей Ondřej, Томаш Tomáš, Павел Pavel, Лукаш Lukáš, Мартін Martin, Ян Ján",
        "Яна Jana, Зузана Zuzana, Петра Petra, Мартіна Martina, Тереза Tereza, Катержина Kateřina",
        (
            "Новак/Новакова Novák/Nováková, Дворжак/Дворжакова Dvořák/Dvořáková, Новотний/Новотна Novotný/Novotná, "
            "Черний/Черна Černý/Černá, Поспішил/Поспішилова Pospíšil/Pospíšilová, Горак/Горакова Horák/Horáková, "
            "Колар/Коларова Kolář/Kolářová, Навратил/Навратилова Navrátil/Navrátilová, Крейчі Krejčí, "
            "Гашек/Гашекова Hašek/Hašeková, Балаж/Балажова Baláž/Balážová, Варга= Varga"
        ),
    ),
    "hu": (
        (
            "Ласло László, Іштван István, Золтан Zoltán, Шандор Sándor, Петер Péter, Габор Gábor, Андраш András, "
            "Тамаш Tamás, Балаж Balázs, Дьордь György"
        ),
        "Ева Éva, Каталін Katalin, Жужанна Zsuzsanna, Юдіт Judit, Ерика Erika, Анна Anna",
        (
            "Надь Nagy, Ковач Kovács, Тот Tóth, Сабо Szabó, Горват Horváth, Кіш Kiss, Молнар Molnár, "
            "Немет Németh, Фаркаш Farkas, Балог Balogh, Папп Papp, Такач Takács, Юхас Juhász, Лакатош Lakatos, "
            "Месарош Mészáros"
        ),
    ),
    "ro": (
        (
            "Андрей Andrei, Міхай Mihai, Йон Ion, Александру Alexandru, Богдан Bogdan, Крістіан Cristian, "
            "Джордже George, Василе Vasile, Флорін Florin, Дорін Dorin, Раду Radu, Ніколае Nicolae, Тудор Tudor"
        ),
        (
            "Марія Maria, Єлена Elena, Іоана Ioana, Крістіна Cristina, Наталія Natalia, Ана Ana, Дойна Doina, "
            "Корина Corina"
        ),
        (
            "Попеску Popescu, Йонеску Ionescu, Попа Popa, Думітру Dumitru, Стан Stan, Станку Stancu, "
            "Константінеску Constantinescu, Георге Gheorghe, Русу Rusu, Мунтяну Munteanu, Чобану Ciobanu, "
            "Кожокару Cojocaru, Унгуряну Ungureanu, Матей Matei, Лупу Lupu, Морару Moraru, Сирбу Sîrbu"
        ),
    ),
    "lt": (
        "Вітаутас Vytautas, Альгірдас Algirdas, Мантас Mantas, Лінас Linas, Дайнюс Dainius, Арвідас Arvydas, Гедимінас Gediminas",
        "Ієва Ieva, Ґінтаре Gintarė, Рута Rūta, Аушра Aušra, Лайма Laima",
        (
            "Казлаускас/Казлаускене Kazlauskas/Kazlauskienė, Янкаускас/Янкаускене Jankauskas/Jankauskienė, "
            "Петраускас/Петраускене Petrauskas/Petrauskienė, Станкявічюс/Станкявічене Stankevičius/Stankevičienė, "
            "Василяускас/Василяускене Vasiliauskas/Vasiliauskienė, Жукаускас/Жукаускене Žukauskas/Žukauskienė, "
            "Буткус/Буткене Butkus/Butkienė, Паулаускас/Паулаускене Paulauskas/Paulauskienė"
        ),
    ),
    "lv": (
        "Яніс Jānis, Андріс Andris, Едгарс Edgars, Айварс Aivars, Валдіс Valdis, Артурс Artūrs",
        "Ліга Līga, Інга Inga, Ілзе Ilze, Дайга Daiga, Байба Baiba",
        (
            "Берзіньш/Берзіня Bērziņš/Bērziņa, Озолс/Озола Ozols/Ozola, Калниньш/Калниня Kalniņš/Kalniņa, "
            "Лієпіньш/Лієпіня Liepiņš/Liepiņa, Крастіньш/Крастіня Krastiņš/Krastiņa, Вітолс/Вітола Vītols/Vītola"
        ),
    ),
    "ee": (
        "Урмас Urmas, Тоомас Toomas, Кайдо Kaido, Рейн Rein, Тійт Tiit, Мартін Martin",
        "Кадрі Kadri, Марью Marju, Пірет Piret, Трійн Triin, Кайя= Kaja",
        "Тамм Tamm, Саар Saar, Сепп Sepp, Мяги Mägi, Каск Kask, Рейнсалу Reinsalu, Кукк Kukk, Лепік Lepik, Мянд Mänd",
    ),
    "nordic": (
        (
            "Ларс Lars, Ерік Erik, Андерс Anders, Юган Johan, Мікаель Mikael, Петтер Petter, Гуннар Gunnar, "
            "Матті Matti, Юкка Jukka, Пекка Pekka, Кнут Knut, Расмус Rasmus, Нільс Nils, Свен Sven, Тімо Timo"
        ),
        (
            "Анна Anna, Ельза Elsa, Інгрід Ingrid, Крістіна Kristina, Карін Karin, Гельга Helga, Метте Mette, "
            "Астрід Astrid, Сірпа Sirpa, Туула Tuula, Ліна Lina"
        ),
        (
            "Андерссон Andersson, Юганссон Johansson, Карлссон Karlsson, Нільссон Nilsson, Ларссон Larsson, "
            "Ерікссон Eriksson, Гансен Hansen, Йогансен Johansen, Ольсен Olsen, Ларсен Larsen, Нільсен Nielsen, "
            "Педерсен Pedersen, Крістенсен Christensen, Віртанен Virtanen, Корхонен Korhonen, Ніємінен Nieminen, "
            "Мякінен Mäkinen, Гямяляйнен Hämäläinen, Лайне Laine, Гейкінен Heikkinen, Берг Berg, Лінд Lind, "
            "Стрем Ström, Гольм Holm, Якобсен Jakobsen"
        ),
    ),
    "el": (
        (
            "Георгіос Georgios, Ніколаос Nikolaos, Константінос Konstantinos, Дімітріос Dimitrios, Яніс Giannis, "
            "Костас Kostas, Александрос Alexandros, Панайотіс Panagiotis, Васіліос Vasileios, Хрістос Christos"
        ),
        (
            "Марія Maria, Елені Eleni, Катерина Katerina, Дімітра Dimitra, Софія Sofia, Анастасія Anastasia, "
            "Деспіна Despina"
        ),
        (
            "Пападопулос/Пападопулу Papadopoulos/Papadopoulou, Георгіу Georgiou, "
            "Ніколаїдіс/Ніколаїду Nikolaidis/Nikolaidou, Васіліу Vasiliou, Пападакіс/Пападакі Papadakis/Papadaki, "
            "Антоніу Antoniou, Іоанну Ioannou, Макріс/Макрі Makris/Makri, Папаіоанну Papaioannou, "
            "Влахос/Влаху Vlachos/Vlachou, Алексіу Alexiou, Статопулос/Статопулу Stathopoulos/Stathopoulou"
        ),
    ),
    "tr": (
        (
            "Мехмет Mehmet, Мустафа Mustafa, Ахмет Ahmet, Алі Ali, Хасан Hasan, Хусейн Hüseyin, Ібрагім İbrahim, "
            "Ісмаїл İsmail, Осман Osman, Мурат Murat, Емре Emre, Кемаль Kemal, Ельнур Elnur, Джейхун Ceyhun, "
            "Фуад Fuad, Рашад Rashad"
        ),
        (
            "Айше Ayşe, Фатма Fatma, Емель Emel, Зейнеп Zeynep, Ельміра Elmira, Лейла Leyla, Гюльнара Gulnara, "
            "Севіль Sevil"
        ),
        (
            "Йилмаз Yılmaz, Кая Kaya, Демір Demir, Шахін Şahin, Челік Çelik, Йилдиз Yıldız, Йилдирим Yıldırım, "
            "Озтюрк Öztürk, Айдин Aydın, Арслан Arslan, Кіліч Kılıç, Коч Koç, Курт Kurt, Озкан Özkan, "
            "Алієв/Алієва Aliyev/Aliyeva, Мамедов/Мамедова Mammadov/Mammadova, Гасанов/Гасанова Hasanov/Hasanova, "
            "Гусейнов/Гусейнова Huseynov/Huseynova, Керімов/Керімова Karimov/Karimova"
        ),
    ),
    "zh": (
        (
            "Вей Wei, Цзюнь Jun, Мін Ming, Цян Qiang, Цзе Jie, Тао Tao, Пін Ping, Юн Yong, Бінь Bin, Лей Lei, "
            "Гуан Guang, Хай Hai, Фен Feng, Цзяньго Jianguo, Вейдун Weidong"
        ),
        "Хуа Hua, Лі Li, Янь Yan, Цзін Jing, Сяо Xiao, Мей Mei, Лінь Lin, Юй Yu, Сяоюй Xiaoyu",
        (
            "Ван Wang, Лі Li, Чжан Zhang, Лю Liu, Чень Chen, Ян Yang, Хуан Huang, Чжао Zhao, У Wu, Чжоу Zhou, "
            "Сюй Xu, Сунь Sun, Ма Ma, Чжу Zhu, Ху Hu, Го Guo, Хе He, Гао Gao, Лінь Lin, Ло Luo"
        ),
    ),
    "ja": (
        (
            "Хіросі Hiroshi, Такесі Takeshi, Кендзі Kenji, Кадзуо Kazuo, Масато Masato, Акіра Akira, "
            "Сатосі Satoshi, Макото Makoto, Тайті Taichi, Йосіо Yoshio"
        ),
        "Юко Yuko, Юкі Yuki, Наоко Naoko, Кейко Keiko, Міка Mika, Томоко Tomoko, Аяко Ayako",
        (
            "Сато Sato, Судзукі Suzuki, Такахасі Takahashi, Танака Tanaka, Ватанабе Watanabe, Іто Ito, "
            "Ямамото Yamamoto, Накамура Nakamura, Кобаясі Kobayashi, Като Kato, Йосіда Yoshida, Ямада Yamada, "
            "Сасакі Sasaki, Мацумото Matsumoto, Іноуе Inoue, Кімура Kimura, Хаясі Hayashi"
        ),
    ),
    "ko": (
        (
            "Мінджун Min-jun, Джіхун Ji-hoon, Сонхо Sung-ho, Йонсу Young-soo, Донхун Dong-hun, Джеін Jae-in, "
            "Хьонву Hyun-woo"
        ),
        "Джіу Ji-woo, Сойон So-yeon, Мінсо Min-seo, Хаюн Ha-yoon, Юджін Yu-jin, Сохі So-hee",
        "Кім Kim, Лі Lee, Пак Park, Чхве Choi, Чон Jung, Кан Kang, Юн Yoon, Чан Jang, Лім Lim, Хан Han",
    ),
    "hi": (
        (
            "Раджеш Rajesh, Аміт Amit, Суреш Suresh, Вікрам Vikram, Ананд Anand, Санджай Sanjay, Арун Arun, "
            "Рахул Rahul, Субрахманьям= Subrahmanyam"
        ),
        "Анджалі Anjali, Суніта Sunita, Кавіта Kavita, Міра Meera, Нірмала Nirmala, Діпа Deepa",
        (
            "Шарма Sharma, Сінгх Singh, Кумар Kumar, Гупта Gupta, Патель Patel, Редді Reddy, Мехта Mehta, "
            "Джоші Joshi, Наїр Nair, Рао Rao, Чопра Chopra, Бхатт Bhatt, Менон Menon, Айєр Iyer"
        ),
    ),
    "ar": (
        (
            "Мухаммед Mohammed, Ахмед Ahmed, Халед Khaled, Омар Omar, Юсеф Youssef, Абдалла Abdullah, Тарік Tarek, "
            "Самі Sami, Файсал Faisal, Хамад Hamad, Салех Saleh, Карім Karim, Мансур Mansour"
        ),
        "Фатіма Fatima, Лейла Leila, Ясмін Yasmin, Нур Nour, Аміра Amira, Рана Rana, Дана Dana",
        (
            "Хассан Hassan, Ібрагім Ibrahim, Махмуд Mahmoud, Аббас Abbas, Салем Salem, Насер Nasser, "
            "Халіль Khalil, Хаддад Haddad, Юнес Younes, Азіз Aziz, Саїд Said, Карам Karam, Фарук Farouk, "
            "Шаріф Sharif, Рахман Rahman, Хамдан Hamdan, Обейд Obeid, Мансурі Mansouri"
        ),
    ),
    "he": (
        (
            "Давид David, Моше Moshe, Йосеф Yosef, Авраам Avraham, Ейтан Eitan, Ноам Noam, Ярон Yaron, Амір Amir, "
            "Гідеон Gideon, Рон Ron, Даніель Daniel"
        ),
        "Сара Sarah, Рахель Rachel, Міхаль Michal, Тамар Tamar, Яель Yael, Шира Shira",
        (
            "Коен Cohen, Леві Levi, Мізрахі Mizrahi, Перец Peretz, Бітон Biton, Фрідман Friedman, Шапіро Shapiro, "
            "Кац Katz, Гольдберг Goldberg, Розен Rosen, Ашкеназі Ashkenazi, Адлер Adler"
        ),
    ),
    "fa": (
        (
            "Алі Ali, Мохаммад Mohammad, Хоссейн Hossein, Реза Reza, Мехді Mehdi, Джавад Javad, Маджид Majid, "
            "Саїд Saeed, Хамід Hamid"
        ),
        "Захра Zahra, Мар’ям= Maryam, Фатеме Fatemeh, Нахід Nahid, Шірін Shirin",
        (
            "Ахмаді Ahmadi, Хосейні Hosseini, Карімі Karimi, Рахімі Rahimi, Мусаві Mousavi, Джафарі Jafari, "
            "Мохаммаді Mohammadi, Резаї Rezaei, Садегі Sadeghi, Хашемі Hashemi, Каземі Kazemi, Назарі Nazari"
        ),
    ),
    "ka": (
        (
            "Гіоргі Giorgi, Давид Davit, Ніка Nika, Леван Levan, Іраклій Irakli, Зураб Zurab, Тенгіз Tengiz, "
            "Вахтанг Vakhtang"
        ),
        "Ніно Nino, Тамар Tamar, Кетеван Ketevan, Саломе Salome, Ека Eka",
        (
            "Беридзе Beridze, Капанадзе Kapanadze, Гелашвілі Gelashvili, Майсурадзе Maisuradze, Кіпіані Kipiani, "
            "Ломідзе Lomidze, Церетелі Tsereteli, Джапарідзе Japaridze, Мчедлішвілі Mchedlishvili, "
            "Гоголадзе Gogoladze, Хуцишвілі Khutsishvili"
        ),
    ),
    "hy": (
        (
            "Арам Aram, Армен Armen, Тигран Tigran, Ашот Ashot, Давид Davit, Карен Karen, Гайк Hayk, Левон Levon, "
            "Саркіс Sargis"
        ),
        "Анна Anna, Ануш Anush, Лусіне Lusine, Гаяне Gayane, Нуне Nune",
        (
            "Петросян Petrosyan, Саргсян Sargsyan, Акопян Hakobyan, Арутюнян Harutyunyan, Григорян Grigoryan, "
            "Карапетян Karapetyan, Оганесян Hovhannisyan, Мкртчян Mkrtchyan, Варданян Vardanyan, "
            "Аветисян Avetisyan, Манукян Manukyan, Геворгян Gevorgyan"
        ),
    ),
    "kz": (
        (
            "Ерлан Yerlan, Нурлан Nurlan, Асхат Askhat, Бахит Bakhyt, Даурен Dauren, Марат Marat, Канат Kanat, "
            "Серік Serik, Айдос Aidos, Тимур Timur"
        ),
        "Айгерім Aigerim, Динара Dinara, Гульнара Gulnara, Жанар Zhanar, Салтанат Saltanat, Асель Assel",
        (
            "Ахметов/Ахметова Akhmetov/Akhmetova, Жумабаєв/Жумабаєва Zhumabayev/Zhumabayeva, "
            "Нурпеїсов/Нурпеїсова Nurpeisov/Nurpeisova, Ісмаїлов/Ісмаїлова Ismailov/Ismailova, "
            "Сулейменов/Сулейменова Suleimenov/Suleimenova, Абдрахманов/Абдрахманова Abdrakhmanov/Abdrakhmanova, "
            "Омаров/Омарова Omarov/Omarova, Мусін/Мусіна Musin/Musina, Сейтказін/Сейтказіна Seitkazin/Seitkazina"
        ),
    ),
    "bg": (
        (
            "Георгі Georgi, Іван Ivan, Димитар Dimitar, Стефан Stefan, Николай Nikolay, Петар Petar, Милош Miloš, "
            "Горан Goran, Зоран Zoran, Драган Dragan, Томислав Tomislav, Ненад Nenad, Бранко Branko"
        ),
        (
            "Марія Maria, Єлена Jelena, Весна Vesna, Ана Ana, Івана Ivana, Десислава Desislava, Снежана Snezhana, "
            "Гордана Gordana"
        ),
        (
            "Петров/Петрова Petrov/Petrova, Іванов/Іванова Ivanov/Ivanova, Георгієв/Георгієва Georgiev/Georgieva, "
            "Димитров/Димитрова Dimitrov/Dimitrova, Стоянов/Стоянова Stoyanov/Stoyanova, Ковачевич Kovačević, "
            "Петрович Petrović, Йованович Jovanović, Николич Nikolić, Маркович Marković, Бабич Babić, Юрич Jurić, "
            "Тодоров/Тодорова Todorov/Todorova, Ніколов/Ніколова Nikolov/Nikolova, Ангелов/Ангелова Angelov/Angelova"
        ),
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
STATES: list[tuple] = _table("states", numbers=(10,))

# ---- posts ----
HEADS: dict[str, tuple] = {row[0]: row[1:] for row in _table("heads")}

STATE_POSTS: list[tuple] = _table("state_posts", numbers=(2, 3))

# ---- government bodies ----
# kind -> name, genitive, locative phrase, gender, aliases; {g} is the state's genitive, {l} its Latin name.
GOV_BODIES: dict[str, tuple[str, str, str, str, str]] = {
    "mfa": (
        "МЗС {g}",
        "МЗС {g}",
        "у МЗС {g}",
        "n",
        "Міністерство закордонних справ {g}; Міністерства закордонних справ {g}; Міністерстві закордонних справ {g}; {l} Ministry of Foreign Affairs",
    ),
    "mod": (
        "Міністерство оборони {g}",
        "Міністерства оборони {g}",
        "у Міністерстві оборони {g}",
        "n",
        "Міноборони {g}; Міністерства оборони {g}; Міністерству оборони {g}; Міністерстві оборони {g}; {l} Ministry of Defence",
    ),
    # Lower case in running text ("депутат парламенту Франції"), so no alias is lower case.
    "parliament": ("Парламент {g}", "парламенту {g}", "у парламенті {g}", "m", "{l} Parliament"),
}
GOV_OVERRIDES: dict[tuple[str, str], tuple] = {row[:2]: row[2:] for row in _table("government_bodies_named")}

# ---- international organizations ----
ORGANIZATIONS: list[tuple] = _table("organizations")
ORG_INS = {
    "eu": "Європейським Союзом",
    "council-of-europe": "Радою Європи",
    "g7": "Групою семи",
    "g20": "Групою двадцяти",
    "european-parliament": "Європейським парламентом",
    "world-bank": "Світовим банком",
    "visegrad-group": "Вишеградською групою",
    "african-union": "Африканським союзом",
    "arab-league": "Лігою арабських держав",
    "nordic-council": "Північною радою",
}
# Name groups the officials of international organizations are drawn from.
ORG_GROUPS = ["en", "fr", "de", "nordic", "it", "es", "pl", "nl", "lt", "el", "ro"]

# ---- media (actors, when an event is a publication) ----
MEDIA: list[tuple] = _table("media")

# ---- cities ----
CITIES: list[tuple] = _table("cities", numbers=(5, 6))
VENUES: list[tuple] = _table("venues")

# ---- topics ----
TOPIC_DOMAINS: list[tuple] = _table("topics")
TOPIC_REGIONS: list[tuple] = _table("topic_regions")

# ---- announced events ----
# What an article says of an event it announces, by kind: (paragraph, summary) when it is
# scheduled, and the same when it was called off ({done}: "перенесли", "скасували"). {When} is the
# date as the article writes it, capitalised; {where} the place before what follows ("у Женеві "),
# {around} after what precedes (" у Женеві"); {t} the first topic (genitive); {a}, {b} the two
# sides (_gen, _ins: genitive, instrumental); {pa}, {pb} their people with their posts, _link as
# a link to their entry; {med} " за посередництва …"; {led} who will lead a delegation; {pa_had}
# "мав" or "мала"; {what} the summit ({What} capitalised).
ANNOUNCED = {
    "talks": (
        (
            "{When} {where}мають відбутися переговори делегацій {a_gen} та {b_gen}{med}.{led}",
            "Заплановано переговори делегацій {a_gen} та {b_gen}{med}{around} щодо {t}.",
        ),
        (
            "{When} {where}мали відбутися переговори делегацій {a_gen} та {b_gen}, однак їх {done}.",
            "Переговори делегацій {a_gen} та {b_gen} щодо {t}, які мали відбутися{around}, {done}.",
        ),
    ),
    "agreement": (
        ("{When} {where}{a} та {b} мають підписати угоду щодо {t}.", "{a} та {b} збираються підписати угоду щодо {t}."),
        (
            "{When} {where}{a} та {b} мали підписати угоду щодо {t}, однак підписання {done}.",
            "Підписання угоди між {a_ins} та {b_ins} щодо {t} {done}.",
        ),
    ),
    "meeting": (
        (
            "{When} {where}запланована зустріч {pa_gen} з {pb_ins}.",
            "Запланована зустріч {pa_link} і {pb_link}{around}.",
        ),
        (
            "{When} {where}мала відбутися зустріч {pa_gen} з {pb_ins}, однак її {done}.",
            "Зустріч {pa_link} і {pb_link}, яка мала відбутися{around}, {done}.",
        ),
    ),
    "visit": (
        ("{When} {pa} здійснить візит до {b_gen}.", "Запланований візит {pa_link} до {b_gen}."),
        ("{When} {pa} {pa_had} здійснити візит до {b_gen}, однак візит {done}.", "Візит {pa_link} до {b_gen} {done}."),
    ),
    "summit": (
        ("{When} {where} відбудеться {what}.", "Запланований {what} {where}."),
        ("{When} {where} мав відбутися {what}, однак його {done}.", "{What} {where} {done}."),
    ),
}

# A sentence that closes the report of an event, by kind; {b_gen} is the other side (genitive).
CLOSINGS = {
    "agreement": [
        "Документ набуде чинності після завершення внутрішніх процедур.",
        "Сторони домовилися створити спільну робочу групу, яка стежитиме за виконанням домовленостей.",
        "Текст документа оприлюднять найближчим часом.",
    ],
    "proposal": [
        "Документ передбачає, зокрема, створення спільної робочої групи та регулярні консультації на рівні експертів.",
        "Відповіді від {b_gen} поки що не надходило.",
        "Пропозиції передали дипломатичними каналами.",
    ],
    "decision": [
        "Рішення набуває чинності з моменту ухвалення.",
        "За рішення проголосувала більшість учасників.",
        "Виконання рішення обговорять на наступному засіданні.",
    ],
    "treaty": [
        "Договір укладено строком на десять років з можливістю продовження.",
        "Документ передбачає взаємні перевірки та обмін інформацією.",
        "Сторони зобов’язалися регулярно звітувати про виконання договору.",
    ],
}

# ---- Ukrainian outlets (sources), with a host name for their addresses ----
OUTLETS: list[tuple] = _table("outlets")
PHOTO_CREDITS = ["REUTERS", "AP", "EPA", "AFP", "Getty Images", "УНІАН", "пресслужби відомства"]

# ---- dates ----
MONTHS_GEN = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()
MONTHS_LOC = "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні".split()
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
QUOTE_TAILS = [
    "",
    "",
    "",
    "",
    " — і це принципово",
    ", і ми говоримо про це відкрито",
    " — і від цього ми не відступимо",
    " — це наша спільна відповідальність",
    ", хоча попереду ще багато роботи",
]

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
