#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <limits>
#include <random>
#include <set>

#include "mws/core/domain/payload_codec.hpp"

using namespace mws::core;

namespace {

CivilDate d(const char* text) {
  return CivilDate::parse(text).value();
}

// Cyrillic, quotes, backslashes, a slash, control characters and a character outside the BMP.
const std::string kText = "Ким \"Мин-хо\" C:\\temp\\ a/b\ttab\nline \x01 😀 Oʻzbekiston";
const std::string kSha(64, 'a');
const Address kAddress{"1726", "1726262", "Amir Temur ko'chasi, \"12\"", "12/4", "Кв. 4"};
const DateRange kPeriod{d("2026-05-10"), d("2026-05-20")};

std::vector<CasePayload> everyServiceFilled() {
  const Biometrics bio{kSha, {kSha, std::string(64, 'b'), kText}};
  return {
      StayRegistrationPayload{
          kAddress, Host{HostKind::Organisation, 42, "301234567", kText, true, "paper:\\1"},
          kPeriod, StayBasis::ResidencePermit, "RP1"},
      StayCancellationPayload{"0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d", CancellationRequester::Owner,
                              std::numeric_limits<std::int64_t>::max(), "AA1234567"},
      ResidenceRegistrationPayload{kAddress, d("2026-05-10"),
                                   "9a6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d"},
      EVisaExtensionPayload{"EV100", d("2026-06-20")},
      VisaExtensionPayload{"V200", d("2027-03-31"), true, "201234567", kText, "C-17"},
      WorkConfirmationPayload{{"301234567", "ООО \"Artel\"", kAddress}, kText, kPeriod},
      StudentRegistrationPayload{
          {"201234567", "TATU", kAddress},
          "S-1",
          "V200",
          {"Общежитие №3", kAddress, "201234567"},
          DateRange{d("2026-09-01"), d("2027-06-30")},
          DormitoryContract{"DC-9", "310", {d("2026-09-01"), d("2027-06-30")}}},
      IdCardPayload{IdCardReason::DataChange, true, bio, true, true},
      StatelessTravelDocumentPayload{true, bio, kAddress, "XA\\0001"},
      CompatriotInvitationPayload{
          {{{"Rahimov", "Anvar", kText}, d("1980-01-01"), "KAZ", InviteeRelation::Compatriot},
           {{"Rahimova", "Lola", ""}, d("2010-02-28"), "KAZ", InviteeRelation::Child}},
          {d("2026-06-01"), d("2026-08-31")},
          kAddress},
      PermanentResidencePayload{PermanentResidenceBasis::Investment, kText, kAddress,
                                d("2020-02-29")},
  };
}

FeeQuote sampleFee() {
  return {FeeVariant::Urgent,
          Payer::Organisation,
          {{"base", 100, 412000, false, ""}, {"e_signature", 10, 0, true, "ID_CARD-1"}},
          100,
          412000,
          412000};
}

template <typename T>
std::string detailOf(const Result<T>& result) {
  return result.ok() ? std::string() : result.error().code + ": " + result.error().detail;
}

void requireError(const Result<CasePayload>& result, const std::string& code) {
  BOOST_TEST_REQUIRE(!result.ok(), "expected " << code);
  BOOST_TEST(result.error().code == code, detailOf(result));
}

std::string fieldOf(const Result<CasePayload>& result) {
  BOOST_TEST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "payload.field_invalid");
  return result.error().params.at("field");
}

std::string stayWith(const std::string& hostJson) {
  return R"({"v":1,"service":"STAY_REG","address":{"region":"1","district":"2","street":"s",)"
         R"("house":"h","flat":""},"host":)" +
         hostJson +
         R"(,"period":{"from":"2026-05-10","to":"2026-05-20"},"basis":"visa","basis_number":"EV1"})";
}

const std::string kHost =
    R"({"kind":"person","person_id":7,"tax_id":"","name":"N","consent_given":true,"consent_evidence":""})";

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_payload_codec)

BOOST_AUTO_TEST_CASE(every_service_round_trips_with_all_fields_filled) {
  const auto payloads = everyServiceFilled();
  std::set<ServiceCode> covered;
  for (const CasePayload& payload : payloads) {
    const std::string json = encodePayload(payload);
    auto decoded = decodePayload(json);
    BOOST_TEST_REQUIRE(decoded.ok(), toString(serviceOf(payload)) << ": " << detailOf(decoded));
    BOOST_TEST((*decoded == payload), toString(serviceOf(payload)));
    BOOST_TEST(encodePayload(*decoded) == json);
    covered.insert(serviceOf(payload));
  }
  BOOST_TEST(covered.size() == kAllServices.size());
}

BOOST_AUTO_TEST_CASE(the_json_shape_is_flat_snake_case_with_text_enums_and_dates) {
  BOOST_TEST(encodePayload(EVisaExtensionPayload{"EV100", d("2026-06-20")}) ==
             R"({"v":1,"service":"EVISA_EXT","visa_number":"EV100","new_valid_to":"2026-06-20"})");
  BOOST_TEST(
      encodePayload(
          StayCancellationPayload{"c-1", CancellationRequester::RegisteredPerson, -5, "A\"1"}) ==
      R"({"v":1,"service":"STAY_CANCEL","registration_case_id":"c-1","requester":"registered_person",)"
      R"("requester_person_id":-5,"requester_document_number":"A\"1"})");
  const std::string card = encodePayload(
      IdCardPayload{IdCardReason::FirstIssuance, false, {"p", {"f1", "f2"}}, true, false});
  BOOST_TEST(card.find(R"("biometrics":{"photo_sha256":"p","fingerprint_sha256":["f1","f2"]})") !=
             std::string::npos);
  BOOST_TEST(card.find(R"("urgent":false)") != std::string::npos);
  BOOST_TEST(card.find(R"("free_e_signature":true)") != std::string::npos);
  // Escapes: quote, backslash, control characters; non-ASCII stays raw UTF-8.
  const std::string evisa = encodePayload(EVisaExtensionPayload{"Ви\"за\\\n\x01", d("2026-06-20")});
  BOOST_TEST(evisa.find(R"("visa_number":"Ви\"за\\\n\u0001")") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(empty_optionals_are_omitted_and_null_reads_as_empty) {
  auto student = std::get<StudentRegistrationPayload>(everyServiceFilled()[6]);
  student.registration.reset();
  student.contract.reset();
  const std::string json = encodePayload(student);
  BOOST_TEST(json.find("registration") == std::string::npos);
  BOOST_TEST(json.find("contract") == std::string::npos);
  auto decoded = decodePayload(json);
  BOOST_TEST_REQUIRE(decoded.ok());
  BOOST_TEST((*decoded == CasePayload(student)));
  std::string withNull = json;
  withNull.insert(withNull.size() - 1, R"(,"contract":null)");
  BOOST_TEST(decodePayload(withNull).ok());
}

BOOST_AUTO_TEST_CASE(reads_jsonb_output_with_reordered_keys_whitespace_and_escapes) {
  // As PostgreSQL's jsonb prints it: keys by length then bytes, ", " and ": ", plus escapes
  // a client may have used (\uXXXX for Cyrillic, a surrogate pair, "\/").
  const std::string jsonb =
      "{\"v\": 1, \"host\": {\"kind\": \"organisation\", \"name\": \"\\u041a\\u0438\\u043c "
      "\\ud83d\\ude00\", "
      "\"tax_id\": \"301234567\", \"person_id\": 42, \"consent_given\": true, "
      "\"consent_evidence\": "
      "\"paper:\\/1\"}, \"basis\": \"residence_permit\", \"period\": {\"to\": \"2026-05-20\", "
      "\"from\": "
      "\"2026-05-10\"}, \"address\": {\"flat\": \"\", \"house\": \"12\", \"region\": \"1726\", "
      "\"street\": \"Amir Temur\", \"district\": \"1726262\"}, \"service\": \"STAY_REG\", "
      "\"basis_number\": \"RP1\"}";
  auto decoded = decodePayload("\n\t " + jsonb + " \r\n");
  BOOST_TEST_REQUIRE(decoded.ok(), detailOf(decoded));
  const auto& stay = std::get<StayRegistrationPayload>(*decoded);
  BOOST_TEST(stay.host.name == "Ким 😀");
  BOOST_TEST(stay.host.consentEvidence == "paper:/1");
  BOOST_TEST(stay.host.personId == 42);
  BOOST_TEST((stay.basis == StayBasis::ResidencePermit));
  BOOST_TEST(stay.period.to == d("2026-05-20"));
  BOOST_TEST(stay.address.district == "1726262");

  const std::string fee =
      "{\"v\": 1, \"lines\": [{\"som\": 412000, \"item\": \"base\", \"waived\": false, "
      "\"waiver_rule\": \"\", "
      "\"bcu_hundredths\": 100}, {\"som\": 0, \"item\": \"e_signature\", \"waived\": true, "
      "\"waiver_rule\": "
      "\"ID_CARD-1\", \"bcu_hundredths\": 10}], \"payer\": \"organisation\", \"variant\": "
      "\"urgent\", "
      "\"total_som\": 412000, \"bcu_value_som\": 412000, \"total_bcu_hundredths\": 100}";
  auto quote = decodeFeeQuote(fee);
  BOOST_TEST_REQUIRE(quote.ok(), detailOf(quote));
  BOOST_TEST((*quote == sampleFee()));
}

BOOST_AUTO_TEST_CASE(fee_quote_round_trips) {
  const std::string json = encodeFeeQuote(sampleFee());
  BOOST_TEST(
      json.find(R"({"v":1,"variant":"urgent","payer":"organisation","lines":[{"item":"base",)") ==
      0u);
  auto decoded = decodeFeeQuote(json);
  BOOST_TEST_REQUIRE(decoded.ok());
  BOOST_TEST((*decoded == sampleFee()));
  BOOST_TEST(decodeFeeQuote(encodeFeeQuote(FeeQuote{})).ok());
  auto missing = decodeFeeQuote(R"({"v":1,"variant":"standard","payer":"applicant","lines":[{}]})");
  BOOST_TEST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().params.at("field") == "lines[0].item");
  auto badPayer = decodeFeeQuote(R"({"v":1,"variant":"standard","payer":"state"})");
  BOOST_TEST(badPayer.error().params.at("field") == "payer");
}

BOOST_AUTO_TEST_CASE(int64_limits_round_trip_and_larger_numbers_are_refused) {
  for (std::int64_t id : {std::numeric_limits<std::int64_t>::min(), std::int64_t{0},
                          std::numeric_limits<std::int64_t>::max()}) {
    const CasePayload payload = StayCancellationPayload{"c", CancellationRequester::Owner, id, "A"};
    auto decoded = decodePayload(encodePayload(payload));
    BOOST_TEST_REQUIRE(decoded.ok());
    BOOST_TEST((*decoded == payload));
  }
  for (const char* number :
       {"9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "1.0",
        "1e3", "-", "01", "+1", "0x10", "1E400"}) {
    auto refused =
        decodePayload(stayWith(R"({"kind":"person","person_id":)" + std::string(number) + "}"));
    requireError(refused, "payload.malformed");
    BOOST_TEST(refused.error().params.count("position") == 1u);
  }
  auto huge = decodePayload(stayWith(R"({"kind":"person","person_id":9223372036854775808})"));
  BOOST_TEST(huge.error().detail == "number out of the int64 range");
}

BOOST_AUTO_TEST_CASE(every_truncation_is_malformed_not_a_crash) {
  for (const CasePayload& payload : everyServiceFilled()) {
    const std::string json = encodePayload(payload);
    for (std::size_t length = 0; length < json.size(); ++length) {
      auto cut = decodePayload(std::string_view(json).substr(0, length));
      BOOST_TEST_REQUIRE(!cut.ok());
      BOOST_TEST(cut.error().code == "payload.malformed");
    }
  }
  auto empty = decodePayload("");
  requireError(empty, "payload.malformed");
  BOOST_TEST(empty.error().params.at("position") == "0");
  BOOST_TEST(empty.error().detail == "unexpected end of input");
}

BOOST_AUTO_TEST_CASE(syntax_errors_name_their_position) {
  auto trailing = decodePayload(R"({"v":1} x)");
  requireError(trailing, "payload.malformed");
  BOOST_TEST(trailing.error().params.at("position") == "8");
  auto duplicate = decodePayload(R"({"v":1,"v":1})");
  requireError(duplicate, "payload.malformed");
  BOOST_TEST(duplicate.error().detail == "duplicate key");
  BOOST_TEST(duplicate.error().params.at("position") == "7");
  for (const char* text :
       {"[]", "\"STAY_REG\"", "42", "null", "{\"v\":1,}", "{v:1}", "{'v':1}", "{\"v\" 1}",
        "{\"v\":tru}", "{\"v\":1 \"service\":\"X\"}", "\xEF\xBB\xBF{}"}) {
    requireError(decodePayload(text), "payload.malformed");
  }
}

BOOST_AUTO_TEST_CASE(bad_strings_and_escapes_are_refused) {
  const char* bad[] = {
      R"("\u12")",
      R"("\uZZZZ")",
      R"("\ud800")",
      R"("\udc00")",
      R"("\ud800\u0041")",
      R"("\ud800x")",
      R"("\x")",
      "\"\\",
      "\"\xC0\x80\"",
      "\"\xED\xA0\x80\"",
      "\"\xFF\"",
      "\"\xE2\x82\"",
      "\"\xF4\x90\x80\x80\"",
      "\"a\x01\"",
      "\"tab\there\"",
      "\"unterminated",
  };
  for (const char* text : bad) {
    auto refused = decodePayload(R"({"v":1,"service":)" + std::string(text) + "}");
    requireError(refused, "payload.malformed");
    BOOST_TEST(refused.error().params.at("position") != "0", text);
  }
  auto pair = decodePayload(R"({"v":1,"service":"\u0053TAY_\u0052EG"})");
  BOOST_TEST(fieldOf(pair) == "address");  // the service code read through the escapes
}

BOOST_AUTO_TEST_CASE(nesting_and_size_are_limited) {
  const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  auto deep = decodePayload(nested(33));
  requireError(deep, "payload.malformed");
  BOOST_TEST(deep.error().detail == "nesting deeper than 32");
  BOOST_TEST(decodePayload(nested(32)).error().detail == "the top-level value is not an object");
  requireError(decodePayload(nested(200000)), "payload.malformed");
  requireError(decodePayload(std::string(500000, '{')), "payload.malformed");
  BOOST_TEST(decodePayload(stayWith(nested(32))).error().detail == "nesting deeper than 32");
  BOOST_TEST(fieldOf(decodePayload(stayWith(nested(31)))) == "host");

  std::string big = stayWith(kHost);
  big.insert(big.find("\"EV1\"") + 1, std::string(1024 * 1024, 'x'));
  auto tooBig = decodePayload(big);
  requireError(tooBig, "payload.malformed");
  BOOST_TEST(tooBig.error().params.at("position") == "1048576");
}

BOOST_AUTO_TEST_CASE(wrong_types_and_values_name_the_field) {
  BOOST_TEST(decodePayload(stayWith(kHost)).ok());
  BOOST_TEST(fieldOf(decodePayload(stayWith("[]"))) == "host");
  BOOST_TEST(fieldOf(decodePayload(stayWith(R"({"kind":"person","person_id":"7"})"))) ==
             "host.person_id");
  BOOST_TEST(fieldOf(decodePayload(stayWith(R"({"kind":"robot"})"))) == "host.kind");
  std::string extra = kHost;
  extra.insert(1, R"("extra":0,)");
  auto unknown = decodePayload(stayWith(extra));
  BOOST_TEST(fieldOf(unknown) == "host.extra");
  BOOST_TEST(unknown.error().detail == "unknown field");
  std::string noFlat = stayWith(kHost);
  noFlat.erase(noFlat.find(R"(,"flat":"")"), 10);
  auto missing = decodePayload(noFlat);
  BOOST_TEST(fieldOf(missing) == "address.flat");
  BOOST_TEST(missing.error().detail == "missing");

  const std::string invite = encodePayload(everyServiceFilled()[9]);
  std::string badDate = invite;
  badDate.replace(badDate.find("2010-02-28"), 10, "2010-02-30");
  BOOST_TEST(fieldOf(decodePayload(badDate)) == "invitees[1].birth_date");
  std::string badUrgent = encodePayload(everyServiceFilled()[7]);
  badUrgent.replace(badUrgent.find("\"urgent\":true"), 13, "\"urgent\":\"yes\"");
  auto urgent = decodePayload(badUrgent);
  BOOST_TEST(fieldOf(urgent) == "urgent");
  BOOST_TEST(urgent.error().detail == "expected boolean, found string");
  BOOST_TEST(fieldOf(decodePayload(R"({"v":2,"service":"STAY_REG"})")) == "v");
  BOOST_TEST(fieldOf(decodePayload(R"({"service":"STAY_REG"})")) == "v");
  BOOST_TEST(fieldOf(decodePayload(R"({"v":1})")) == "service");
  BOOST_TEST(fieldOf(decodePayload(R"({"v":1,"service":7})")) == "service");
}

BOOST_AUTO_TEST_CASE(an_unknown_service_is_named) {
  auto unknown = decodePayload(R"({"v":1,"service":"MARRIAGE_REG"})");
  requireError(unknown, "payload.unknown_service");
  BOOST_TEST(unknown.error().params.at("service") == "MARRIAGE_REG");
  auto lower = decodePayload(R"({"service":"stay_reg","v":1})");
  requireError(lower, "payload.unknown_service");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_payload_is_written_as_replacement_characters) {
  const CasePayload payload = EVisaExtensionPayload{
      "EV\xFF\xC0\x80"
      "1",
      d("2026-06-20")};
  auto decoded = decodePayload(encodePayload(payload));
  BOOST_TEST_REQUIRE(decoded.ok());
  BOOST_TEST(std::get<EVisaExtensionPayload>(*decoded).visaNumber == "EV\uFFFD\uFFFD\uFFFD1");
}

BOOST_AUTO_TEST_CASE(random_damage_gives_a_payload_or_a_known_error) {
  const std::set<std::string> codes{"payload.malformed", "payload.unknown_service",
                                    "payload.field_invalid"};
  std::mt19937 random(20260501);
  const auto payloads = everyServiceFilled();
  std::set<std::string> unexpected;
  int decoded = 0, refused = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string json = encodePayload(payloads[round % payloads.size()]);
    for (int edits = 1 + static_cast<int>(random() % 4); edits > 0; --edits) {
      const std::size_t at = random() % json.size();
      const char byte = static_cast<char>(random() % 256);
      switch (random() % 3) {
        case 0:
          json[at] = byte;
          break;
        case 1:
          json = json.substr(0, at) + std::string(1, byte) + json.substr(at);
          break;
        default:
          json.erase(at, 1 + random() % 8);
          break;
      }
      if (json.empty()) json.push_back('{');
    }
    auto result = decodePayload(json);
    if (result.ok()) {
      ++decoded;
    } else if (codes.contains(result.error().code)) {
      ++refused;
    } else {
      unexpected.insert(result.error().code);
    }
  }
  BOOST_TEST(unexpected.empty(), "unexpected codes: " << unexpected.size());
  // The damage is real: most inputs are refused, and the decoder is not refusing everything.
  BOOST_TEST(refused > 10000);
  BOOST_TEST(decoded + refused == 20000);
}

BOOST_AUTO_TEST_SUITE_END()
