#pragma once
// Evidence images (a portrait, a document page) as the case dialog shows them: scaled into
// a box, and enlarged in a dialog of their own on a click.

#include <wx/bitmap.h>
#include <wx/string.h>
#include <wx/window.h>

#include <string>

namespace mws::ui {

// The image (JPEG/PNG bytes) scaled to fit the box, keeping its proportions; an invalid
// bitmap when the bytes are no image.
wxBitmap fittedBitmap(const std::string& bytes, int width, int height);

// A modal dialog ("imageDialog") with the image as large as the screen allows; Esc or
// Close ends it.
void showImageDialog(wxWindow* parent, const std::string& bytes, const wxString& title);

}  // namespace mws::ui
