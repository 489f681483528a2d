#pragma once
// Charts drawn in the app (wxGCDC over wxGraphicsContext, anti-aliased): stacked bars per
// day, lines, horizontal bars and a big-number gauge. Colours are the Okabe–Ito palette,
// which colour-blind readers tell apart; lines also differ by marker shape and dash, and
// every chart has a title, labelled axes and a legend, so colour is never the only cue.

#include <wx/dc.h>
#include <wx/string.h>
#include <wx/window.h>

#include <vector>

namespace mws::ui {

struct ChartSeries {
  wxString name;
  std::vector<double> values;  // one per category
};

struct ChartData {
  enum class Kind { StackedBars, Lines, HorizontalBars, Gauge };
  Kind kind = Kind::StackedBars;
  wxString title;
  wxString xLabel;
  wxString yLabel;
  std::vector<wxString> categories;  // x-axis labels, or the bars' names
  std::vector<ChartSeries> series;
  double gaugeValue = 0;             // Gauge: the number, and the bar's full scale
  double gaugeMax = 0;
  wxString gaugeText;                // Gauge: what the number counts
  wxString emptyText;                // shown instead when every value is zero
};

// The i-th colour of the palette (cycles).
wxColour chartColour(std::size_t index);
// Draws the chart into `size` of any DC (the window, or a bitmap for tests and printing).
void drawChart(wxDC& dc, const wxSize& size, const ChartData& data);

class ChartWindow : public wxWindow {
public:
  ChartWindow(wxWindow* parent, const wxString& name, const wxSize& minSize = wxSize(420, 260));
  void setData(ChartData data);
  const ChartData& data() const { return m_data; }

private:
  ChartData m_data;
};

}  // namespace mws::ui
