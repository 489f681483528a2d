// The page-image MRZ reader on pages the generator prints with the OCR-B font.
#include <boost/test/unit_test.hpp>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <sstream>
#include <tuple>

#include "mws/cli/cli.hpp"
#include "mws/core/mrz/mrz.hpp"
#include "mws/core/mrz/mrz_resolver.hpp"
#include "mws/document/mrz_reader.hpp"
#include "mws/document/mrz_sample_generator.hpp"

using namespace mws;

namespace {

const core::CivilDate kToday = *core::CivilDate::make(2026, 11, 21);

struct ReaderFixture {
  ReaderFixture()
      : font(*document::OcrbFont::load(document::defaultOcrbFontPath())),
        reader(*document::MrzImageReader::create(document::defaultOcrbFontPath())),
        generator(font, 4242) {}
  std::shared_ptr<document::OcrbFont> font;
  std::shared_ptr<document::MrzImageReader> reader;
  document::MrzSampleGenerator generator;
};

// Pages of the degraded test below read exactly, at least (see that test).
constexpr int kDegradedFloor = 96;

const std::vector<std::string> kSpecimen{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};

// Scores that name `lines` with certainty, except `unsure` (line, column), split 40/35/25
// between `rival`, the right character and an 'H'.
std::vector<std::vector<core::MrzCharScores>> scoresOf(const std::vector<std::string>& lines,
                                                       std::pair<int, int> unsure, char rival) {
  std::vector<std::vector<core::MrzCharScores>> scores;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    scores.emplace_back();
    for (std::size_t c = 0; c < lines[l].size(); ++c) {
      core::MrzCharScores s;
      s.p[core::kMrzClasses.find(lines[l][c])] = 1.0f;
      if (int(l) == unsure.first && int(c) == unsure.second) {
        s.p[core::kMrzClasses.find(lines[l][c])] = 0.35f;
        s.p[core::kMrzClasses.find('H')] = 0.25f;
        s.p[core::kMrzClasses.find(rival)] = 0.4f;
      }
      scores.back().push_back(s);
    }
  }
  return scores;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_name_read_with_a_doubtful_letter_passes_its_checks_but_is_flagged) {
  // The surname's "K" (line 0, column 8) could be an "X": no check digit covers names.
  const auto resolved = core::resolveMrz(core::MrzFormat::Td3, scoresOf(kSpecimen, {0, 8}, 'X'),
                                         core::mrzCountryCodes());
  BOOST_TEST(resolved.lines[0] == kSpecimen[0].substr(0, 8) + "X" + kSpecimen[0].substr(9));
  auto doc = core::parseMrz(resolved.lines, core::MrzParseOptions{kToday, nullptr});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());  // every check passes, yet the name is wrong ...
  BOOST_TEST(resolved.lowConfidence);  // ... and the result says it is doubtful
  int low = 0;
  for (const auto& field : resolved.fields) {
    if (field.low) ++low;
    if (field.low) BOOST_TEST(field.confidence < core::kMrzLowConfidence);
  }
  BOOST_TEST(low == 1);
}

BOOST_AUTO_TEST_CASE(a_zone_read_with_certainty_is_not_flagged) {
  const auto resolved = core::resolveMrz(core::MrzFormat::Td3, scoresOf(kSpecimen, {-1, -1}, 'X'),
                                         core::mrzCountryCodes());
  BOOST_TEST(resolved.lines == kSpecimen);
  BOOST_TEST(!resolved.lowConfidence);
  BOOST_TEST(!resolved.fields.empty());
}

// Certain scores for `lines`, except at the given (line, column)s: the truth 0.3 and the
// rival 0.7 there.
std::vector<std::vector<core::MrzCharScores>> scoresWith(
    const std::vector<std::string>& lines, const std::vector<std::tuple<int, int, char>>& rivals) {
  auto scores = scoresOf(lines, {-1, -1}, 'X');
  for (const auto& [line, column, rival] : rivals) {
    auto& s = scores[std::size_t(line)][std::size_t(column)];
    s.p[core::kMrzClasses.find(lines[std::size_t(line)][std::size_t(column)])] = 0.3f;
    s.p[core::kMrzClasses.find(rival)] = 0.7f;
  }
  return scores;
}

const std::vector<std::string> kCard{"C<KORNZHSBTKE<3QJTGP<<<<<<<<<<", "2305260F3402063XXAJJF<<<<<<<<4",
                                     "HOATRCJ<<BSFNML<<<<<<<<<<<<<<<"};

BOOST_AUTO_TEST_CASE(two_misread_digits_that_keep_the_check_but_make_no_date_are_resolved) {
  // 230526 read as 730576: the check digit still holds (7·5 + 3·5 ≡ 0), day 76 does not.
  const auto resolved = core::resolveMrz(
      core::MrzFormat::Td1, scoresWith(kCard, {{1, 0, '7'}, {1, 4, '7'}}), core::mrzCountryCodes());
  BOOST_TEST(resolved.lines == kCard);
  BOOST_TEST(resolved.substitutions == 2);
}

BOOST_AUTO_TEST_CASE(letters_read_in_a_names_trailing_filler_become_filler_when_offered) {
  auto resolved = core::resolveMrz(
      core::MrzFormat::Td1, scoresWith(kCard, {{2, 28, 'K'}, {2, 29, 'K'}}), core::mrzCountryCodes());
  BOOST_TEST(resolved.lines == kCard);
  // A single '<' between name parts is no filler run: a letter after it stays a letter.
  resolved = core::resolveMrz(core::MrzFormat::Td1, scoresWith(kCard, {{2, 16, 'K'}}),
                              core::mrzCountryCodes());
  BOOST_TEST(resolved.lines[2] == "HOATRCJ<<BSFNML<K<<<<<<<<<<<<<");
}

BOOST_AUTO_TEST_CASE(a_check_no_offered_alternative_satisfies_still_fails) {
  // The expiry's check digit misread with no rival offered: reported, not "corrected".
  auto scores = scoresOf(kCard, {-1, -1}, 'X');
  auto& check = scores[1][14];
  check.p.fill(0.0f);
  check.p[core::kMrzClasses.find('9')] = 1.0f;
  const auto resolved = core::resolveMrz(core::MrzFormat::Td1, scores, core::mrzCountryCodes());
  auto doc = core::parseMrz(resolved.lines, core::MrzParseOptions{kToday, nullptr});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(!doc->valid());
}

BOOST_FIXTURE_TEST_SUITE(mrz_image_reader, ReaderFixture)

BOOST_AUTO_TEST_CASE(the_generator_prints_valid_zones_of_every_format) {
  std::mt19937 rng(1);
  for (auto format : {core::MrzFormat::Td1, core::MrzFormat::Td2, core::MrzFormat::Td3,
                      core::MrzFormat::MrvA, core::MrzFormat::MrvB}) {
    for (int i = 0; i < 50; ++i) {
      const auto lines = document::randomMrzLines(format, rng);
      auto doc = core::parseMrz(lines, core::MrzParseOptions{kToday, nullptr});
      BOOST_REQUIRE(doc.ok());
      BOOST_TEST(doc->valid(), lines[0] << " / " << lines[1]);
      BOOST_TEST((doc->format == format));
    }
  }
}

BOOST_AUTO_TEST_CASE(the_icao_specimen_printed_on_a_page_is_read_exactly) {
  const cv::Mat page = generator.render(core::MrzFormat::Td3, kSpecimen, 300);
  auto reading = reader->read(page, kToday);
  BOOST_REQUIRE(reading.ok());
  BOOST_TEST(reading->lines == kSpecimen);
  BOOST_REQUIRE(reading->document.ok());
  BOOST_TEST(reading->document->valid());
  BOOST_TEST(reading->document->surname == "ERIKSSON");
  BOOST_TEST(reading->lineConfidence.size() == 2u);
  BOOST_TEST(reading->confidence[1].size() == 44u);
  BOOST_TEST(!reading->lowConfidence);
  BOOST_TEST(!reading->fieldConfidence.empty());
  for (const auto& corner : reading->corners) {
    BOOST_TEST(corner.x >= 0);
    BOOST_TEST(corner.x < page.cols);
    BOOST_TEST(corner.y > page.rows / 2);  // the MRZ is at the bottom of the page
  }
}

BOOST_AUTO_TEST_CASE(a_page_turned_any_way_is_read) {
  const cv::Mat page = generator.render(core::MrzFormat::Td3, kSpecimen, 300);
  for (auto turn : {cv::ROTATE_90_CLOCKWISE, cv::ROTATE_180, cv::ROTATE_90_COUNTERCLOCKWISE}) {
    cv::Mat turned;
    cv::rotate(page, turned, turn);
    auto reading = reader->read(turned, kToday);
    BOOST_REQUIRE(reading.ok());
    BOOST_TEST(reading->lines == kSpecimen, "turn " << turn);
  }
}

BOOST_AUTO_TEST_CASE(a_skewed_page_is_deskewed) {
  const cv::Mat page = generator.render(core::MrzFormat::Td3, kSpecimen, 300);
  for (double angle : {-8.0, 6.0}) {
    cv::Mat skewed;
    const cv::Mat affine =
        cv::getRotationMatrix2D(cv::Point2f(page.cols / 2.0f, page.rows / 2.0f), angle, 1.0);
    cv::warpAffine(page, skewed, affine, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(250));
    auto reading = reader->read(skewed, kToday);
    BOOST_REQUIRE(reading.ok());
    BOOST_TEST(reading->lines == kSpecimen, "angle " << angle);
  }
}

BOOST_AUTO_TEST_CASE(a_blank_page_has_no_mrz) {
  const cv::Mat blank(800, 1200, CV_8UC1, cv::Scalar(235));
  auto reading = reader->read(blank, kToday);
  BOOST_REQUIRE(!reading.ok());
  BOOST_TEST(reading.error().code == "document.no_mrz");
}

BOOST_AUTO_TEST_CASE(most_clean_generated_pages_of_every_format_are_read_exactly) {
  int exact = 0, total = 0;
  for (auto format : {core::MrzFormat::Td1, core::MrzFormat::Td2, core::MrzFormat::Td3,
                      core::MrzFormat::MrvA, core::MrzFormat::MrvB}) {
    for (int i = 0; i < 6; ++i) {
      const auto sample = generator.make(format, document::MrzSampleOptions{false, 300});
      auto reading = reader->read(sample.image, kToday);
      ++total;
      exact += reading.ok() && reading->lines == sample.lines ? 1 : 0;
    }
  }
  // The benchmark (tests/bench/bench_mrz) measures the target, 99.5 %, on 5,000 pages.
  BOOST_TEST(exact >= total - 1, exact << " of " << total);
}

// A floor under the degraded-set accuracy: 20 pages of each format from the benchmark's
// degraded generator (seed 9304), read deterministically (the classifier's training is
// seeded, and neither it nor the generator draws from cv::theRNG()); 98 of these 100 are read
// exactly today (the template classifier before read 96 of a like set),
// and tests/bench/bench_mrz measures the 98 % target on the full set, so a regression fails.
BOOST_AUTO_TEST_CASE(degraded_pages_are_read_exactly_at_least_as_often_as_before) {
  document::MrzSampleGenerator degraded(font, 9304);
  int exact = 0, total = 0;
  for (auto format : {core::MrzFormat::Td1, core::MrzFormat::Td2, core::MrzFormat::Td3,
                      core::MrzFormat::MrvA, core::MrzFormat::MrvB}) {
    for (int i = 0; i < 20; ++i) {
      const auto sample = degraded.make(format, document::MrzSampleOptions{true, 300});
      auto reading = reader->read(sample.image, kToday);
      ++total;
      exact += reading.ok() && reading->lines == sample.lines ? 1 : 0;
    }
  }
  BOOST_TEST(exact >= kDegradedFloor, exact << " of " << total);
}

BOOST_AUTO_TEST_CASE(mws_mrz_read_prints_the_fields_the_lines_and_the_corners) {
  const auto dir = std::filesystem::temp_directory_path() / "mws_mrz_read_test";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "page.png").string();
  cv::imwrite(path, generator.render(core::MrzFormat::Td3, kSpecimen, 300));
  std::istringstream in;
  std::ostringstream out, err;
  BOOST_TEST(cli::run({"mrz", "read", path, "--json"}, in, out, err) == 0, err.str());
  BOOST_TEST(out.str().find("\"surname\":\"ERIKSSON\"") != std::string::npos);
  BOOST_TEST(out.str().find("\"lines\":[\"" + kSpecimen[0] + "\",\"" + kSpecimen[1] + "\"]") !=
             std::string::npos);
  BOOST_TEST(out.str().find("\"corners\":[[") != std::string::npos);
  BOOST_TEST(out.str().find("\"field_confidence\":[{\"field\":") != std::string::npos);
  BOOST_TEST(out.str().find("\"low_confidence\":false") != std::string::npos);  // a clean specimen

  cv::imwrite(path, cv::Mat(600, 900, CV_8UC1, cv::Scalar(240)));
  std::ostringstream out2, err2;
  BOOST_TEST(cli::run({"mrz", "read", path, "--json"}, in, out2, err2) == 2);
  BOOST_TEST(err2.str().rfind("mws: not an MRZ", 0) == 0u);
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
