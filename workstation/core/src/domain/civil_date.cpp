#include "mws/core/domain/civil_date.hpp"

#include <cctype>
#include <cstdio>
#include <ostream>

namespace mws::core {

namespace {

bool allDigits(std::string_view text) {
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

int toInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) {
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<CivilDate> CivilDate::make(int year, unsigned month, unsigned day) {
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                  std::chrono::day{day}};
  if (!ymd.ok() || year < 1 || year > 9999) {
    return std::nullopt;
  }
  return CivilDate(ymd);
}

Result<CivilDate> CivilDate::parse(std::string_view text) {
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      allDigits(text.substr(0, 4)) && allDigits(text.substr(5, 2)) &&
                      allDigits(text.substr(8, 2));
  if (!shaped) {
    return makeError("date.format").with("text", std::string(text));
  }
  auto date = make(toInt(text.substr(0, 4)), static_cast<unsigned>(toInt(text.substr(5, 2))),
                   static_cast<unsigned>(toInt(text.substr(8, 2))));
  if (!date) {
    return makeError("date.invalid").with("text", std::string(text));
  }
  return *date;
}

CivilDate CivilDate::fromDays(std::chrono::sys_days days) {
  return CivilDate(std::chrono::year_month_day(days));
}

CivilDate CivilDate::addDays(int count) const {
  return fromDays(days() + std::chrono::days{count});
}

int CivilDate::yearsUntil(const CivilDate& on) const {
  int years = on.year() - year();
  if (on.month() < month() || (on.month() == month() && on.day() < day())) {
    --years;
  }
  return years;
}

std::string CivilDate::toString() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year() % 10000, month() % 100,
                day() % 100);
  return buffer;
}

std::ostream& operator<<(std::ostream& out, const CivilDate& date) {
  return out << date.toString();
}

int daysBetween(const CivilDate& from, const CivilDate& to) {
  return static_cast<int>((to.days() - from.days()).count());
}

}  // namespace mws::core
