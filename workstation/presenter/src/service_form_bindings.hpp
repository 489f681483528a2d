#pragma once
// Internal: one binding per form field — its description and how its text goes into and
// comes out of the payload struct of its service.

#include <charconv>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "mws/presenter/service_form.hpp"

namespace mws::presenter::form {

struct Binding {
  FormField field;
  // False when the text does not parse as the field's kind.
  std::function<bool(core::CasePayload&, const std::string&)> set;
  std::function<std::string(const core::CasePayload&)> get;
};

// `ref` maps the service's payload struct to the member: [](auto& p) -> auto& { return p.x; }
template <typename P, typename Ref>
Binding text(std::string key, Ref ref, bool required = true) {
  return {{std::move(key), FieldKind::Text, {}, required},
          [ref](core::CasePayload& p, const std::string& v) {
            ref(std::get<P>(p)) = v;
            return true;
          },
          [ref](const core::CasePayload& p) {
            return std::string(ref(const_cast<P&>(std::get<P>(p))));
          }};
}

template <typename P, typename Ref>
Binding date(std::string key, Ref ref) {
  return {{std::move(key), FieldKind::Date, {}, true},
          [ref](core::CasePayload& p, const std::string& v) {
            auto parsed = core::CivilDate::parse(v);
            if (!parsed) return false;
            ref(std::get<P>(p)) = *parsed;
            return true;
          },
          [ref](const core::CasePayload& p) {
            return ref(const_cast<P&>(std::get<P>(p))).toString();
          }};
}

template <typename P, typename Ref>
Binding flag(std::string key, Ref ref) {
  return {{std::move(key), FieldKind::Flag, {"false", "true"}, false},
          [ref](core::CasePayload& p, const std::string& v) {
            if (v != "true" && v != "false" && !v.empty()) return false;
            ref(std::get<P>(p)) = v == "true";
            return true;
          },
          [ref](const core::CasePayload& p) {
            return std::string(ref(const_cast<P&>(std::get<P>(p))) ? "true" : "false");
          }};
}

template <typename P, typename Ref>
Binding number(std::string key, Ref ref, bool required = true) {
  return {{std::move(key), FieldKind::Number, {}, required},
          [ref](core::CasePayload& p, const std::string& v) {
            std::int64_t n = 0;
            if (v.empty()) {
              ref(std::get<P>(p)) = 0;
              return true;
            }
            auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
            if (ec != std::errc() || end != v.data() + v.size() || n < 0) return false;
            ref(std::get<P>(p)) = n;
            return true;
          },
          [ref](const core::CasePayload& p) {
            const std::int64_t n = ref(const_cast<P&>(std::get<P>(p)));
            return n == 0 ? std::string() : std::to_string(n);
          }};
}

// An enumeration with toString / parse functions of the core.
template <typename P, typename E, typename Ref>
Binding choice(std::string key, Ref ref, std::vector<std::string> choices,
               std::optional<E> (*parse)(std::string_view), std::string_view (*print)(E)) {
  return {{std::move(key), FieldKind::Choice, std::move(choices), true},
          [ref, parse](core::CasePayload& p, const std::string& v) {
            auto parsed = parse(v);
            if (!parsed) return false;
            ref(std::get<P>(p)) = *parsed;
            return true;
          },
          [ref, print](const core::CasePayload& p) {
            return std::string(print(ref(const_cast<P&>(std::get<P>(p)))));
          }};
}

}  // namespace mws::presenter::form
