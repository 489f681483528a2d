// `mws barcode read IMAGE [--json]`: the QR, PDF417, DataMatrix… codes on a page image.
#include <cmath>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "context.hpp"
#include "json_writer.hpp"
#include "mws/document/barcode_reader.hpp"
#include "mws/document/page_image.hpp"

namespace mws::cli {
namespace {

std::string barcodeJson(const peripherals::DecodedBarcode& code) {
  std::vector<std::string> corners;
  for (const auto& p : code.corners) {
    std::ostringstream corner;
    corner << '[' << std::lround(p.x) << ',' << std::lround(p.y) << ']';
    corners.push_back(corner.str());
  }
  return JsonObject()
      .add("format", code.format)
      .add("text", code.text)
      .addRaw("corners", jsonArray(corners))
      .str();
}

}  // namespace

// Exit 0 with the codes, 1 when the image cannot be read, 2 when it holds no code.
int barcodeRead(Context& ctx) {
  if (ctx.args.positionals().size() != 3) return ctx.usage("usage: mws barcode read IMAGE [--json]");
  auto page = document::loadPageImage(ctx.args.positional(2));
  if (!page) {
    if (page.error().code == "image.too_large") return ctx.fail(page.error());  // names the limit
    ctx.err << "mws: cannot read the image (" << page.error().params.at("reason") << ")\n";
    return kFailed;
  }
  auto codes = document::readBarcodes(*page);
  if (!codes) {
    ctx.err << "mws: no barcode: no QR, PDF417, DataMatrix or other code was found in the image\n";
    return kUsage;
  }
  if (ctx.args.flag("json")) {
    std::vector<std::string> items;
    for (const auto& code : *codes) items.push_back(barcodeJson(code));
    ctx.out << JsonObject().addRaw("barcodes", jsonArray(items)).str() << "\n";
    return kOk;
  }
  for (const auto& code : *codes) ctx.out << code.format << "\t" << code.text << "\n";
  return kOk;
}

}  // namespace mws::cli
