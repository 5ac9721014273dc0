"""The word lists and tables `chronicle synth` draws its made-up chronicles from.

Plain data, kept apart from the generator (the rest of chronicle/synth/): names by language group with
their Ukrainian declension quirks, states, heads of state and government posts, international
organizations, media, cities and venues, topics, outlets, and the phrases a Ukrainian news
article is made of.
"""

from __future__ import annotations

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
