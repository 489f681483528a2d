#include "mws/print/receipt_labels.hpp"

#include <array>
#include <cstddef>

namespace mws::print {

namespace {

using core::PrintLanguage;

std::size_t indexOf(PrintLanguage language) { return static_cast<std::size_t>(language); }

const std::array<ReceiptLabels, 4> kLabels{{
    {"Ariza qabul qilinganligi haqida tilxat", "Ma'lumotnoma",
     "VAQTINCHALIK — markaz tasdiqlaguniga qadar", "Ariza raqami", "Xizmat", "Holati",
     "Arizachi", "Tug'ilgan sana", "Hujjat", "Topshirilgan sana", "Bo'linma", "Xodim",
     "Ariza ma'lumotlari", "To'lov", "Jami", "ozod qilingan", "tashkilot tomonidan to'lanadi",
     "BHM", "so'm",
     "Ariza holatini QR kod yoki ariza raqami orqali tekshirishingiz mumkin.",
     "Ushbu ma'lumotnoma yuqorida ko'rsatilgan ariza bo'yicha qaror qabul qilinganligini "
     "tasdiqlaydi.",
     "Imzo", "Surat yo'q"},
    {"Ариза қабул қилинганлиги ҳақида тилхат", "Маълумотнома",
     "ВАҚТИНЧАЛИК — марказ тасдиқлагунига қадар", "Ариза рақами", "Хизмат", "Ҳолати",
     "Аризачи", "Туғилган сана", "Ҳужжат", "Топширилган сана", "Бўлинма", "Ходим",
     "Ариза маълумотлари", "Тўлов", "Жами", "озод қилинган", "ташкилот томонидан тўланади",
     "БҲМ", "сўм",
     "Ариза ҳолатини QR код ёки ариза рақами орқали текширишингиз мумкин.",
     "Ушбу маълумотнома юқорида кўрсатилган ариза бўйича қарор қабул қилинганлигини "
     "тасдиқлайди.",
     "Имзо", "Сурат йўқ"},
    {"Расписка в приёме заявления", "Справка",
     "ПРЕДВАРИТЕЛЬНО — до подтверждения центром", "Номер заявления", "Услуга", "Статус",
     "Заявитель", "Дата рождения", "Документ", "Дата подачи", "Подразделение", "Сотрудник",
     "Сведения заявления", "Оплата", "Итого", "освобождено", "оплачивает организация",
     "БРВ", "сум",
     "Статус заявления можно проверить по QR-коду или номеру заявления.",
     "Настоящая справка подтверждает решение по указанному выше заявлению.",
     "Подпись", "Нет фото"},
    {"Receipt for an application", "Certificate",
     "PROVISIONAL — until confirmed by the centre", "Case number", "Service", "Status",
     "Applicant", "Date of birth", "Document", "Filed on", "Unit", "Officer",
     "Application details", "Fee", "Total", "waived", "paid by the organisation",
     "BCU", "so'm",
     "Check the status of the application with the QR code or the case number.",
     "This certificate confirms the decision on the application above.",
     "Signature", "No photo"},
}};

// In the order of core::kAllServices.
const std::array<std::array<std::string_view, 4>, 11> kServices{{
    {"Vaqtincha turish joyi bo'yicha ro'yxatga olish", "Вақтинча туриш жойи бўйича рўйхатга олиш",
     "Регистрация по месту временного пребывания", "Registration at the place of stay"},
    {"Vaqtincha turish joyi bo'yicha ro'yxatdan chiqarish",
     "Вақтинча туриш жойи бўйича рўйхатдан чиқариш", "Снятие с регистрации по месту пребывания",
     "Cancellation of a stay registration"},
    {"Doimiy yashash joyi bo'yicha ro'yxatga olish", "Доимий яшаш жойи бўйича рўйхатга олиш",
     "Регистрация по месту жительства", "Registration at the place of residence"},
    {"Elektron vizani uzaytirish", "Электрон визани узайтириш", "Продление электронной визы",
     "Extension of an e-visa"},
    {"Vizani uzaytirish", "Визани узайтириш", "Продление визы", "Extension of a visa"},
    {"Mehnat faoliyati huquqini tasdiqlash", "Меҳнат фаолияти ҳуқуқини тасдиқлаш",
     "Подтверждение права на трудовую деятельность", "Confirmation of the right to work"},
    {"Talabani ro'yxatga olish va yotoqxona shartnomasi",
     "Талабани рўйхатга олиш ва ётоқхона шартномаси", "Регистрация студента и договор общежития",
     "Student registration and dormitory contract"},
    {"ID-karta olish uchun ariza", "ID-карта олиш учун ариза", "Заявление на ID-карту",
     "ID-card application"},
    {"Fuqaroligi bo'lmagan shaxsning biometrik yo'l hujjati",
     "Фуқаролиги бўлмаган шахснинг биометрик йўл ҳужжати",
     "Биометрический проездной документ лица без гражданства",
     "Biometric travel document of a stateless person"},
    {"Xorijdagi vatandoshlarni taklif qilish", "Хориждаги ватандошларни таклиф қилиш",
     "Приглашение соотечественников из-за рубежа", "Invitation of compatriots living abroad"},
    {"Doimiy yashash uchun ruxsat", "Доимий яшаш учун рухсат", "Вид на жительство",
     "Permanent residence"},
}};

// In the order of core::CaseState.
const std::array<std::array<std::string_view, 4>, 8> kStates{{
    {"qoralama", "қоралама", "черновик", "draft"},
    {"topshirildi", "топширилди", "подано", "submitted"},
    {"ko'rib chiqilmoqda", "кўриб чиқилмоқда", "на рассмотрении", "in review"},
    {"ma'qullandi", "маъқулланди", "одобрено", "approved"},
    {"rad etildi", "рад этилди", "отказано", "rejected"},
    {"qaytarildi", "қайтарилди", "возвращено", "returned"},
    {"berildi", "берилди", "выдано", "issued"},
    {"bekor qilindi", "бекор қилинди", "отменено", "cancelled"},
}};

struct FeeItem {
  std::string_view code;
  std::array<std::string_view, 4> names;
};

const std::array<FeeItem, 3> kFeeItems{{
    {"base", {"Davlat boji", "Давлат божи", "Государственная пошлина", "State fee"}},
    {"e_signature",
     {"Elektron raqamli imzo sertifikati", "Электрон рақамли имзо сертификати",
      "Сертификат электронной цифровой подписи", "E-signature certificate"}},
    {"on_site_service",
     {"Joyiga chiqib xizmat ko'rsatish", "Жойига чиқиб хизмат кўрсатиш", "Выездное обслуживание",
      "On-site service"}},
}};

constexpr std::array<std::string_view, 4> kTags{"uz", "uz-cyrl", "ru", "en"};

}  // namespace

const ReceiptLabels& labelsFor(PrintLanguage language) { return kLabels.at(indexOf(language)); }

std::string_view serviceName(core::ServiceCode service, PrintLanguage language) {
  for (std::size_t i = 0; i < core::kAllServices.size(); ++i) {
    if (core::kAllServices[i] == service) return kServices[i].at(indexOf(language));
  }
  return core::toString(service);
}

std::string_view stateName(core::CaseState state, PrintLanguage language) {
  return kStates.at(static_cast<std::size_t>(state)).at(indexOf(language));
}

std::string_view feeItemName(std::string_view item, PrintLanguage language) {
  for (const auto& entry : kFeeItems) {
    if (entry.code == item) return entry.names.at(indexOf(language));
  }
  return item;
}

std::string_view languageTag(PrintLanguage language) { return kTags.at(indexOf(language)); }

std::optional<PrintLanguage> parseLanguageTag(std::string_view tag) {
  for (std::size_t i = 0; i < kTags.size(); ++i) {
    if (kTags[i] == tag) return static_cast<PrintLanguage>(i);
  }
  return std::nullopt;
}

}  // namespace mws::print
