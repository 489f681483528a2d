#include "name_pools.hpp"

#include <array>
#include <string>

#include "mws/core/domain/transliteration.hpp"

namespace mws::demo {

namespace {

// One name in its native script, with the other form where the Uzbek rules would not give
// the customary spelling (Chinese, Korean, Turkish and Indian names in Russian Cyrillic).
struct NamePair {
  std::string_view native;
  std::string_view other;  // empty: transliterate
};

enum class Patronymic { None, Uzbek, RussianCyrillic, LatinOvich };

struct Pools {
  bool cyrillicNative;
  bool genderedSurnames;
  Patronymic patronymic;
  std::span<const NamePair> surnames;
  std::span<const NamePair> male;
  std::span<const NamePair> female;
  std::span<const NamePair> fathers;
};

constexpr NamePair kUzbekSurnames[] = {
    {"Karimov", ""},      {"Rahimov", ""},     {"Aliyev", ""},     {"Tursunov", ""},
    {"Usmonov", ""},      {"Yusupov", ""},     {"Abdullayev", ""}, {"Ismoilov", ""},
    {"Qodirov", ""},      {"Xoʻjayev", ""},    {"Nazarov", ""},    {"Mirzayev", ""},
    {"Saidov", ""},       {"Sultonov", ""},    {"Rashidov", ""},   {"Ergashev", ""},
    {"Yoʻldoshev", ""},   {"Toshmatov", ""},   {"Boboyev", ""},    {"Hamidov", ""},
    {"Normatov", ""},     {"Qosimov", ""},     {"Sobirov", ""},    {"Shukurov", ""},
    {"Oripov", ""},       {"Jumayev", ""},     {"Umarov", ""},     {"Valiyev", ""},
    {"Zokirov", ""},      {"Akbarov", ""},     {"Musayev", ""},    {"Haydarov", ""},
    {"Egamberdiyev", ""}, {"Fayzullayev", ""}, {"Gʻulomov", ""},   {"Nematov", ""},
    {"Ortiqov", ""},      {"Sharipov", ""},    {"Xolmatov", ""},   {"Mahmudov", ""},
    {"Islomov", ""},      {"Rustamov", ""},    {"Poʻlatov", ""},   {"Davletov", ""},
};
constexpr NamePair kUzbekMale[] = {
    {"Alisher", ""},  {"Abdulla", ""}, {"Akmal", ""},    {"Anvar", ""},    {"Aziz", ""},
    {"Bahodir", ""},  {"Bekzod", ""},  {"Bobur", ""},    {"Doniyor", ""},  {"Dilshod", ""},
    {"Eldor", ""},    {"Farrux", ""},  {"Gʻayrat", ""},  {"Hasan", ""},    {"Husan", ""},
    {"Ibrohim", ""},  {"Islom", ""},   {"Jahongir", ""}, {"Jamshid", ""},  {"Javlon", ""},
    {"Komil", ""},    {"Laziz", ""},   {"Mansur", ""},   {"Nodir", ""},    {"Otabek", ""},
    {"Oybek", ""},    {"Qodir", ""},   {"Ravshan", ""},  {"Rustam", ""},   {"Sanjar", ""},
    {"Sardor", ""},   {"Sherzod", ""}, {"Shoxrux", ""},  {"Sobir", ""},    {"Temur", ""},
    {"Ulugʻbek", ""}, {"Umid", ""},    {"Xurshid", ""},  {"Yusuf", ""},    {"Zafar", ""},
    {"Erkin", ""},    {"Oʻtkir", ""},  {"Shavkat", ""},  {"Baxtiyor", ""}, {"Ilhom", ""},
};
constexpr NamePair kUzbekFemale[] = {
    {"Aziza", ""},   {"Barno", ""},     {"Dilnoza", ""}, {"Dildora", ""},  {"Feruza", ""},
    {"Gulnora", ""}, {"Gulchehra", ""}, {"Hilola", ""},  {"Iroda", ""},    {"Kamola", ""},
    {"Lola", ""},    {"Madina", ""},    {"Malika", ""},  {"Mohira", ""},   {"Munisa", ""},
    {"Nargiza", ""}, {"Nasiba", ""},    {"Nilufar", ""}, {"Nodira", ""},   {"Oʻgʻiloy", ""},
    {"Oydin", ""},   {"Robiya", ""},    {"Sevara", ""},  {"Shahnoza", ""}, {"Shirin", ""},
    {"Umida", ""},   {"Xurshida", ""},  {"Yulduz", ""},  {"Zarina", ""},   {"Zebo", ""},
    {"Zulfiya", ""}, {"Mavluda", ""},   {"Maftuna", ""}, {"Durdona", ""},  {"Gʻuncha", ""},
};

constexpr NamePair kRussianSurnames[] = {
    {"Иванов", ""},   {"Петров", ""},   {"Смирнов", ""},    {"Кузнецов", ""}, {"Попов", ""},
    {"Соколов", ""},  {"Лебедев", ""},  {"Козлов", ""},     {"Новиков", ""},  {"Морозов", ""},
    {"Волков", ""},   {"Соловьёв", ""}, {"Васильев", ""},   {"Зайцев", ""},   {"Павлов", ""},
    {"Семёнов", ""},  {"Голубев", ""},  {"Виноградов", ""}, {"Богданов", ""}, {"Фёдоров", ""},
    {"Михайлов", ""}, {"Беляев", ""},   {"Тарасов", ""},    {"Белов", ""},    {"Комаров", ""},
    {"Орлов", ""},    {"Киселёв", ""},  {"Макаров", ""},    {"Андреев", ""},  {"Щукин", ""},
};
constexpr NamePair kRussianMale[] = {
    {"Александр", ""}, {"Алексей", ""}, {"Андрей", ""},   {"Антон", ""},      {"Артём", ""},
    {"Борис", ""},     {"Вадим", ""},   {"Виктор", ""},   {"Владимир", ""},   {"Дмитрий", ""},
    {"Евгений", ""},   {"Игорь", ""},   {"Кирилл", ""},   {"Максим", ""},     {"Михаил", ""},
    {"Николай", ""},   {"Олег", ""},    {"Павел", ""},    {"Роман", ""},      {"Сергей", ""},
    {"Юрий", ""},      {"Ярослав", ""}, {"Григорий", ""}, {"Константин", ""},
};
constexpr NamePair kRussianFemale[] = {
    {"Анастасия", ""}, {"Анна", ""},      {"Валентина", ""}, {"Виктория", ""}, {"Галина", ""},
    {"Дарья", ""},     {"Екатерина", ""}, {"Елена", ""},     {"Ирина", ""},    {"Ксения", ""},
    {"Людмила", ""},   {"Марина", ""},    {"Мария", ""},     {"Наталья", ""},  {"Ольга", ""},
    {"Светлана", ""},  {"Татьяна", ""},   {"Юлия", ""},      {"Полина", ""},   {"Вера", ""},
};
constexpr NamePair kRussianFathers[] = {
    {"Александр", ""}, {"Алексей", ""},  {"Андрей", ""},  {"Борис", ""},   {"Виктор", ""},
    {"Владимир", ""},  {"Геннадий", ""}, {"Дмитрий", ""}, {"Евгений", ""}, {"Игорь", ""},
    {"Михаил", ""},    {"Николай", ""},  {"Олег", ""},    {"Павел", ""},   {"Сергей", ""},
    {"Анатолий", ""},  {"Валерий", ""},  {"Степан", ""},  {"Иван", ""},    {"Пётр", ""},
};

constexpr NamePair kKazakhSurnames[] = {
    {"Ахметов", ""}, {"Жумабаев", ""},     {"Касымов", ""},    {"Омаров", ""},
    {"Искаков", ""}, {"Ермеков", ""},      {"Нургалиев", ""},  {"Байжанов", ""},
    {"Абенов", ""},  {"Мусин", ""},        {"Кенжебаев", ""},  {"Тулегенов", ""},
    {"Садыков", ""}, {"Бекмухамедов", ""}, {"Сарсенбаев", ""}, {"Жаксылыков", ""},
};
constexpr NamePair kKazakhMale[] = {
    {"Ерлан", ""},  {"Нурлан", ""}, {"Асхат", ""}, {"Бауыржан", ""}, {"Данияр", ""},
    {"Ержан", ""},  {"Айдос", ""},  {"Арман", ""}, {"Тимур", ""},    {"Мирас", ""},
    {"Санжар", ""}, {"Даурен", ""}, {"Серик", ""}, {"Канат", ""},
};
constexpr NamePair kKazakhFemale[] = {
    {"Айгерим", ""}, {"Айжан", ""},  {"Гульнара", ""}, {"Динара", ""},
    {"Жанар", ""},   {"Асель", ""},  {"Сауле", ""},    {"Алия", ""},
    {"Мадина", ""},  {"Камила", ""}, {"Акмарал", ""},  {"Жанна", ""},
};

constexpr NamePair kTajikSurnames[] = {
    {"Rahmonov", ""}, {"Sharipov", ""}, {"Saidov", ""},  {"Davlatov", ""}, {"Qurbonov", ""},
    {"Safarov", ""},  {"Rajabov", ""},  {"Sodiqov", ""}, {"Mirzoyev", ""}, {"Hakimov", ""},
    {"Zoirov", ""},   {"Jurayev", ""},  {"Nazarov", ""}, {"Odinayev", ""}, {"Sattorov", ""},
};
constexpr NamePair kTajikMale[] = {
    {"Firdavs", ""}, {"Daler", ""},  {"Umed", ""},    {"Bahrom", ""},  {"Farhod", ""},
    {"Jamshed", ""}, {"Parviz", ""}, {"Suhrob", ""},  {"Shahzod", ""}, {"Behruz", ""},
    {"Faridun", ""}, {"Rustam", ""}, {"Dilovar", ""},
};
constexpr NamePair kTajikFemale[] = {
    {"Zarina", ""},  {"Tahmina", ""}, {"Firuza", ""}, {"Mehrangez", ""}, {"Nigina", ""},
    {"Shabnam", ""}, {"Parvina", ""}, {"Sitora", ""}, {"Gulnoza", ""},   {"Dilafruz", ""},
};
constexpr NamePair kTajikFathers[] = {
    {"Rustam", ""}, {"Bahrom", ""}, {"Farhod", ""}, {"Jamshed", ""}, {"Daler", ""},
    {"Umed", ""},   {"Parviz", ""}, {"Sattor", ""}, {"Nurullo", ""}, {"Qodir", ""},
};

constexpr NamePair kKoryoSurnames[] = {
    {"Ким", ""},  {"Пак", ""}, {"Ли", ""},    {"Цой", ""},  {"Тен", ""},
    {"Хван", ""}, {"Шин", ""}, {"Когай", ""}, {"Югай", ""}, {"Огай", ""},
};

constexpr NamePair kKoreanSurnames[] = {
    {"Kim", "Ким"},  {"Lee", "Ли"},   {"Park", "Пак"}, {"Choi", "Чхве"},
    {"Jung", "Чон"}, {"Kang", "Кан"}, {"Cho", "Чо"},   {"Yoon", "Юн"},
    {"Jang", "Чан"}, {"Lim", "Лим"},  {"Han", "Хан"},  {"Shin", "Син"},
};
constexpr NamePair kKoreanMale[] = {
    {"Minjun", "Минджун"}, {"Seojun", "Соджун"}, {"Dohyun", "Дохён"},  {"Junho", "Чунхо"},
    {"Sungmin", "Сонмин"}, {"Taeyang", "Тхэян"}, {"Jihoon", "Чжихун"}, {"Hyunwoo", "Хёну"},
};
constexpr NamePair kKoreanFemale[] = {
    {"Seoyeon", "Соён"}, {"Jiwoo", "Чжиу"},  {"Hayoon", "Хаюн"},   {"Minseo", "Минсо"},
    {"Yuna", "Юна"},     {"Eunji", "Ынджи"}, {"Soojin", "Суджин"}, {"Jiyeon", "Чжиён"},
};

constexpr NamePair kChineseSurnames[] = {
    {"Zhang", "Чжан"}, {"Wang", "Ван"},  {"Li", "Ли"},      {"Liu", "Лю"},    {"Chen", "Чэнь"},
    {"Yang", "Ян"},    {"Zhao", "Чжао"}, {"Huang", "Хуан"}, {"Zhou", "Чжоу"}, {"Wu", "У"},
    {"Xu", "Сюй"},     {"Sun", "Сунь"},  {"Ma", "Ма"},      {"Gao", "Гао"},
};
constexpr NamePair kChineseMale[] = {
    {"Wei", "Вэй"}, {"Lei", "Лэй"},  {"Jun", "Цзюнь"}, {"Hao", "Хао"}, {"Qiang", "Цян"},
    {"Bo", "Бо"},   {"Ming", "Мин"}, {"Jie", "Цзе"},   {"Tao", "Тао"}, {"Yong", "Юн"},
};
constexpr NamePair kChineseFemale[] = {
    {"Jing", "Цзин"}, {"Yan", "Янь"},  {"Fang", "Фан"}, {"Na", "На"},  {"Mei", "Мэй"},
    {"Ting", "Тин"},  {"Lin", "Линь"}, {"Hui", "Хуэй"}, {"Xiu", "Сю"}, {"Ying", "Ин"},
};

constexpr NamePair kTurkishSurnames[] = {
    {"Yılmaz", "Йылмаз"},   {"Kaya", "Кая"},      {"Demir", "Демир"},   {"Şahin", "Шахин"},
    {"Çelik", "Челик"},     {"Yıldız", "Йылдыз"}, {"Öztürk", "Озтюрк"}, {"Aydın", "Айдын"},
    {"Özdemir", "Оздемир"}, {"Arslan", "Арслан"}, {"Doğan", "Доган"},   {"Kılıç", "Кылыч"},
    {"Çetin", "Четин"},     {"Koç", "Коч"},       {"Kurt", "Курт"},     {"Şimşek", "Шимшек"},
};
constexpr NamePair kTurkishMale[] = {
    {"Mehmet", "Мехмет"},  {"Mustafa", "Мустафа"}, {"Ahmet", "Ахмет"},     {"Ali", "Али"},
    {"Hüseyin", "Хусейн"}, {"Hasan", "Хасан"},     {"İbrahim", "Ибрагим"}, {"Murat", "Мурат"},
    {"Emre", "Эмре"},      {"Burak", "Бурак"},     {"Kemal", "Кемаль"},    {"Oğuz", "Огуз"},
};
constexpr NamePair kTurkishFemale[] = {
    {"Ayşe", "Айше"},   {"Fatma", "Фатма"}, {"Emine", "Эмине"}, {"Zeynep", "Зейнеп"},
    {"Elif", "Элиф"},   {"Merve", "Мерве"}, {"Büşra", "Бюшра"}, {"Esra", "Эсра"},
    {"Selin", "Селин"}, {"Ebru", "Эбру"},   {"Derya", "Дерья"},
};

constexpr NamePair kIndianSurnames[] = {
    {"Sharma", "Шарма"}, {"Singh", "Сингх"}, {"Kumar", "Кумар"}, {"Patel", "Пател"},
    {"Gupta", "Гупта"},  {"Reddy", "Редди"}, {"Verma", "Верма"}, {"Yadav", "Ядав"},
    {"Nair", "Наир"},    {"Iyer", "Айер"},
};
constexpr NamePair kIndianMale[] = {
    {"Rahul", "Рахул"},   {"Amit", "Амит"},     {"Arjun", "Арджун"}, {"Rohan", "Рохан"},
    {"Vikram", "Викрам"}, {"Aditya", "Адитья"}, {"Karan", "Каран"},  {"Sanjay", "Санджай"},
};
constexpr NamePair kIndianFemale[] = {
    {"Priya", "Прия"},  {"Ananya", "Ананья"}, {"Pooja", "Пуджа"}, {"Neha", "Неха"},
    {"Sneha", "Снеха"}, {"Divya", "Дивья"},   {"Kavya", "Кавья"}, {"Anjali", "Анджали"},
};

using P = Patronymic;
constexpr std::array<Pools, 9> kPools{{
    {false, true, P::Uzbek, kUzbekSurnames, kUzbekMale, kUzbekFemale, kUzbekMale},
    {true, true, P::RussianCyrillic, kRussianSurnames, kRussianMale, kRussianFemale,
     kRussianFathers},
    {true, true, P::RussianCyrillic, kKazakhSurnames, kKazakhMale, kKazakhFemale, kKazakhMale},
    {false, true, P::LatinOvich, kTajikSurnames, kTajikMale, kTajikFemale, kTajikFathers},
    {true, false, P::RussianCyrillic, kKoryoSurnames, kRussianMale, kRussianFemale,
     kRussianFathers},
    {false, false, P::None, kKoreanSurnames, kKoreanMale, kKoreanFemale, {}},
    {false, false, P::None, kChineseSurnames, kChineseMale, kChineseFemale, {}},
    {false, false, P::None, kTurkishSurnames, kTurkishMale, kTurkishFemale, {}},
    {false, false, P::None, kIndianSurnames, kIndianMale, kIndianFemale, {}},
}};

bool endsWith(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

// The feminine form of a gendered surname in its native script: -ov/-ev/-in + a.
std::string feminine(std::string_view surname, bool cyrillic) {
  const auto tails = cyrillic ? std::array<std::string_view, 4>{"ов", "ев", "ёв", "ин"}
                              : std::array<std::string_view, 4>{"ov", "ev", "in", "yev"};
  for (std::string_view tail : tails) {
    if (endsWith(surname, tail)) return std::string(surname) + (cyrillic ? "а" : "a");
  }
  return std::string(surname);
}

// Russian-style patronymic from a father's name in Cyrillic: Сергей -> Сергеевич / Сергеевна.
std::string russianPatronymic(std::string_view father, core::Sex sex) {
  struct Rule {
    std::string_view tail, male, female;
  };
  static constexpr Rule kRules[] = {{"ий", "иевич", "иевна"},
                                    {"ей", "еевич", "еевна"},
                                    {"ай", "аевич", "аевна"},
                                    {"ётр", "етрович", "етровна"},
                                    {"", "ович", "овна"}};
  for (const Rule& rule : kRules) {
    if (endsWith(father, rule.tail)) {
      return std::string(father.substr(0, father.size() - rule.tail.size())) +
             std::string(sex == core::Sex::Male ? rule.male : rule.female);
    }
  }
  return std::string(father);
}

std::string patronymicOf(const Pools& pools, core::Sex sex, Random& rng) {
  if (pools.patronymic == Patronymic::None || pools.fathers.empty()) return {};
  const std::string_view father = rng.pick(pools.fathers).native;
  const bool male = sex == core::Sex::Male;
  switch (pools.patronymic) {
    case Patronymic::Uzbek:
      return std::string(father) + (male ? " oʻgʻli" : " qizi");
    case Patronymic::LatinOvich:
      return std::string(father) + (male ? "ovich" : "ovna");
    case Patronymic::RussianCyrillic:
      return russianPatronymic(father, sex);
    case Patronymic::None:
      break;
  }
  return {};
}

// The other script's form of one name part.
std::string otherForm(std::string_view native, std::string_view given, bool cyrillicNative,
                      bool uzbekDocuments) {
  if (!given.empty()) return std::string(given);
  if (!cyrillicNative) return core::uzbekLatinToCyrillic(native);
  return uzbekDocuments ? core::uzbekCyrillicToLatin(native) : core::russianToLatinIcao(native);
}

}  // namespace

GeneratedNames generateNames(NameOrigin origin, core::Sex sex, bool uzbekDocuments, Random& rng) {
  const Pools& pools = kPools[static_cast<std::size_t>(origin)];
  const bool male = sex == core::Sex::Male;
  const NamePair& surnamePair = rng.pick(pools.surnames);
  const NamePair& givenPair = rng.pick(male ? pools.male : pools.female);
  const bool cyr = pools.cyrillicNative;
  std::string surname = pools.genderedSurnames && !male ? feminine(surnamePair.native, cyr)
                                                        : std::string(surnamePair.native);
  std::string surnameOther =
      pools.genderedSurnames && !male ? std::string() : std::string(surnamePair.other);
  core::PersonName native{surname, std::string(givenPair.native), patronymicOf(pools, sex, rng)};
  core::PersonName other{otherForm(surname, surnameOther, cyr, uzbekDocuments),
                         otherForm(givenPair.native, givenPair.other, cyr, uzbekDocuments),
                         otherForm(native.patronymic, "", cyr, uzbekDocuments)};
  return cyr ? GeneratedNames{other, native} : GeneratedNames{native, other};
}

std::string_view originCountry(NameOrigin origin) {
  static constexpr std::array<std::string_view, 9> kCountries{"UZB", "RUS", "KAZ", "TJK", "RUS",
                                                              "KOR", "CHN", "TUR", "IND"};
  return kCountries[static_cast<std::size_t>(origin)];
}

}  // namespace mws::demo
