// mws face check IMAGE [--json]: the ICAO photo checks on a still, with the crop box.
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string>

#include "context.hpp"
#include "json_writer.hpp"
#include "mws/face/face_analyzer.hpp"
#include "mws/face/image_file.hpp"

namespace mws::cli {
namespace {

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

std::string boxJson(const std::optional<face::Box>& box) {
  if (!box) return "null";
  return JsonObject()
      .add("x", std::int64_t(box->x))
      .add("y", std::int64_t(box->y))
      .add("width", std::int64_t(box->width))
      .add("height", std::int64_t(box->height))
      .str();
}

std::string checkJson(const face::CheckResult& c) {
  JsonObject o;
  o.add("check", face::checkName(c.id));
  o.addRaw("value", c.verdict == face::Verdict::NotMeasured ? "null" : number(c.value));
  o.addRaw("min", c.min ? number(*c.min) : "null");
  o.addRaw("max", c.max ? number(*c.max) : "null");
  o.add("verdict", face::verdictName(c.verdict));
  return o.str();
}

std::string reportJson(const face::FaceReport& report) {
  std::vector<std::string> checks;
  for (const auto& c : report.checks) checks.push_back(checkJson(c));
  std::vector<std::string> guidance;
  for (auto g : report.guidance) guidance.push_back(jsonString(face::guidanceName(g)));
  return JsonObject()
      .add("passed", report.passed())
      .addRaw("image", JsonObject()
                           .add("width", std::int64_t(report.imageWidth))
                           .add("height", std::int64_t(report.imageHeight))
                           .str())
      .addRaw("face", boxJson(report.face))
      .addRaw("crop", boxJson(report.crop))
      .addRaw("checks", jsonArray(checks))
      .addRaw("guidance", jsonArray(guidance))
      .str();
}

std::string bounds(const face::CheckResult& c) {
  if (c.min && c.max) return *c.min == *c.max ? "= " + number(*c.min)
                                              : number(*c.min) + ".." + number(*c.max);
  if (c.min) return ">= " + number(*c.min);
  if (c.max) return "<= " + number(*c.max);
  return "";
}

void printText(std::ostream& out, const face::FaceReport& report) {
  for (const auto& c : report.checks) {
    const std::string name(face::checkName(c.id));
    const std::string value = c.verdict == face::Verdict::NotMeasured ? "-" : number(c.value);
    out << name << std::string(name.size() < 20 ? 20 - name.size() : 1, ' ') << value
        << std::string(value.size() < 10 ? 10 - value.size() : 1, ' ')
        << face::verdictName(c.verdict) << "  (" << bounds(c) << ")\n";
  }
  if (report.crop) {
    const auto& b = *report.crop;
    out << "crop " << b.width << "x" << b.height << "+" << b.x << "+" << b.y << "\n";
  }
  out << (report.passed() ? "photo passes" : "photo fails") << "; guidance:";
  for (auto g : report.guidance) out << " " << face::guidanceName(g);
  out << "\n";
}

}  // namespace

int faceCheck(Context& ctx) {
  const std::string path = ctx.args.positional(2);
  if (path.empty()) return ctx.usage("face check needs an image file: mws face check IMAGE");
  auto frame = face::readImageFile(path);
  if (!frame) {
    if (frame.error().code == "image.too_large") return ctx.fail(frame.error());  // names the limit
    ctx.err << "mws: cannot read the photo (" << frame.error().params.at("reason") << ")\n";
    return kUsage;
  }
  auto analyzer = face::FaceAnalyzer::create(face::defaultFaceConfig());
  if (!analyzer) return ctx.fail(analyzer.error());
  auto report = analyzer->analyze(*frame, face::AnalysisMode::Still);
  if (!report) return ctx.fail(report.error());
  if (ctx.args.flag("json")) {
    ctx.out << reportJson(*report) << "\n";
  } else {
    printText(ctx.out, *report);
  }
  return report->passed() ? kOk : kFailed;
}

}  // namespace mws::cli
