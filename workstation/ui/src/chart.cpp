#include "chart.hpp"

#include <wx/dcbuffer.h>
#include <wx/dcgraph.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>

namespace mws::ui {
namespace {

struct Plot {
  wxRect area;  // inside the axes
  double max = 1;
};

const wxColour kInk(40, 40, 40);
const wxColour kGrid(225, 225, 225);

double niceCeiling(double value) {
  if (value <= 0) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
  for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (value <= step * magnitude) return step * magnitude;
  }
  return 10 * magnitude;
}

wxString tickText(double value) {
  return std::fabs(value - std::round(value)) < 1e-9 ? wxString::Format("%.0f", value)
                                                      : wxString::Format("%.1f", value);
}

bool allZero(const ChartData& data) {
  for (const auto& series : data.series) {
    for (double v : series.values) {
      if (v != 0) return false;
    }
  }
  return data.kind != ChartData::Kind::Gauge;
}

void drawTitle(wxDC& dc, const wxSize& size, const ChartData& data) {
  wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  font.SetPointSize(font.GetPointSize() + 1);
  dc.SetFont(font);
  dc.SetTextForeground(kInk);
  const wxSize extent = dc.GetTextExtent(data.title);
  dc.DrawText(data.title, (size.x - extent.x) / 2, 6);
  dc.SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT));
}

int legendWidth(wxDC& dc, const ChartData& data) {
  if (data.series.size() < 2) return 12;
  int widest = 0;
  for (const auto& series : data.series) widest = std::max(widest, dc.GetTextExtent(series.name).x);
  return widest + 40;
}

void drawLegend(wxDC& dc, const wxRect& area, const ChartData& data, bool lines) {
  if (data.series.size() < 2) return;
  int y = area.y;
  const int x = area.GetRight() + 14;
  for (std::size_t i = 0; i < data.series.size(); ++i) {
    dc.SetBrush(wxBrush(chartColour(i)));
    dc.SetPen(lines ? wxPen(chartColour(i), 3, i % 2 ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID)
                    : wxPen(chartColour(i)));
    if (lines) {
      dc.DrawLine(x, y + 8, x + 18, y + 8);
    } else {
      dc.DrawRectangle(x, y + 2, 14, 12);
    }
    dc.DrawText(data.series[i].name, x + 22, y);
    y += dc.GetCharHeight() + 6;
  }
}

// Axes, horizontal grid lines with values, the axis labels; returns the plotting area.
Plot drawAxes(wxDC& dc, const wxSize& size, const ChartData& data, double max) {
  const int charH = dc.GetCharHeight();
  const int left = 24 + dc.GetTextExtent(tickText(niceCeiling(max / 4) * 4)).x + 10;
  const int top = charH * 2 + 12;
  const int bottom = charH * 2 + 16;
  Plot plot;
  plot.max = niceCeiling(max / 4) * 4;  // four even steps of a round size
  plot.area = wxRect(left, top, std::max(10, size.x - left - legendWidth(dc, data)),
                     std::max(10, size.y - top - bottom));
  dc.SetTextForeground(kInk);
  for (int tick = 0; tick <= 4; ++tick) {
    const double value = plot.max * tick / 4;
    const int y = plot.area.GetBottom() - static_cast<int>(plot.area.height * tick / 4.0);
    dc.SetPen(wxPen(tick == 0 ? kInk : kGrid));
    dc.DrawLine(plot.area.x, y, plot.area.GetRight(), y);
    const wxString text = tickText(value);
    dc.DrawText(text, plot.area.x - 6 - dc.GetTextExtent(text).x, y - charH / 2);
  }
  dc.SetPen(wxPen(kInk));
  dc.DrawLine(plot.area.x, plot.area.y, plot.area.x, plot.area.GetBottom());
  dc.DrawRotatedText(data.yLabel, 2, plot.area.y + (plot.area.height + dc.GetTextExtent(data.yLabel).x) / 2, 90);
  const wxSize xl = dc.GetTextExtent(data.xLabel);
  dc.DrawText(data.xLabel, plot.area.x + (plot.area.width - xl.x) / 2, size.y - charH - 4);
  return plot;
}

// Category labels under the axis, skipping some when they would overlap.
void drawCategories(wxDC& dc, const Plot& plot, const ChartData& data) {
  const std::size_t n = data.categories.size();
  if (n == 0) return;
  const double slot = static_cast<double>(plot.area.width) / static_cast<double>(n);
  int widest = 0;
  for (const auto& label : data.categories) widest = std::max(widest, dc.GetTextExtent(label).x);
  const std::size_t step = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 8) / slot)));
  for (std::size_t i = 0; i < n; i += step) {
    const wxSize extent = dc.GetTextExtent(data.categories[i]);
    const int cx = plot.area.x + static_cast<int>(slot * (static_cast<double>(i) + 0.5));
    dc.DrawText(data.categories[i], cx - extent.x / 2, plot.area.GetBottom() + 4);
  }
}

double stackedMax(const ChartData& data) {
  double max = 0;
  for (std::size_t i = 0; i < data.categories.size(); ++i) {
    double sum = 0;
    for (const auto& series : data.series) sum += i < series.values.size() ? series.values[i] : 0;
    max = std::max(max, sum);
  }
  return max;
}

void drawStackedBars(wxDC& dc, const wxSize& size, const ChartData& data) {
  const Plot plot = drawAxes(dc, size, data, stackedMax(data));
  const std::size_t n = data.categories.size();
  const double slot = static_cast<double>(plot.area.width) / static_cast<double>(std::max<std::size_t>(n, 1));
  for (std::size_t i = 0; i < n; ++i) {
    double base = 0;
    const int x = plot.area.x + static_cast<int>(slot * static_cast<double>(i) + slot * 0.15);
    for (std::size_t s = 0; s < data.series.size(); ++s) {
      const double v = i < data.series[s].values.size() ? data.series[s].values[i] : 0;
      if (v <= 0) continue;
      const int y0 = plot.area.GetBottom() - static_cast<int>(plot.area.height * base / plot.max);
      const int y1 = plot.area.GetBottom() - static_cast<int>(plot.area.height * (base + v) / plot.max);
      dc.SetBrush(wxBrush(chartColour(s)));
      dc.SetPen(wxPen(*wxWHITE));
      dc.DrawRectangle(x, y1, std::max(2, static_cast<int>(slot * 0.7)), std::max(1, y0 - y1));
      base += v;
    }
  }
  drawCategories(dc, plot, data);
  drawLegend(dc, plot.area, data, false);
}

void drawMarker(wxDC& dc, std::size_t shape, int x, int y) {
  if (shape % 3 == 0) {
    dc.DrawCircle(x, y, 4);
  } else if (shape % 3 == 1) {
    dc.DrawRectangle(x - 4, y - 4, 8, 8);
  } else {
    const wxPoint triangle[] = {{x, y - 5}, {x - 5, y + 4}, {x + 5, y + 4}};
    dc.DrawPolygon(3, triangle);
  }
}

void drawLines(wxDC& dc, const wxSize& size, const ChartData& data) {
  double max = 0;
  for (const auto& series : data.series) {
    for (double v : series.values) max = std::max(max, v);
  }
  const Plot plot = drawAxes(dc, size, data, max);
  const std::size_t n = data.categories.size();
  const double slot = static_cast<double>(plot.area.width) / static_cast<double>(std::max<std::size_t>(n, 1));
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    std::vector<wxPoint> points;
    for (std::size_t i = 0; i < n && i < data.series[s].values.size(); ++i) {
      const int x = plot.area.x + static_cast<int>(slot * (static_cast<double>(i) + 0.5));
      const int y = plot.area.GetBottom() - static_cast<int>(plot.area.height * data.series[s].values[i] / plot.max);
      points.emplace_back(x, y);
    }
    dc.SetPen(wxPen(chartColour(s), 3, s % 2 ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID));
    if (points.size() > 1) dc.DrawLines(static_cast<int>(points.size()), points.data());
    dc.SetPen(wxPen(chartColour(s)));
    dc.SetBrush(wxBrush(chartColour(s)));
    for (const auto& p : points) drawMarker(dc, s, p.x, p.y);
  }
  drawCategories(dc, plot, data);
  drawLegend(dc, plot.area, data, true);
}

void drawHorizontalBars(wxDC& dc, const wxSize& size, const ChartData& data) {
  const std::vector<double> empty;
  const auto& values = data.series.empty() ? empty : data.series.front().values;
  int labelWidth = 0;
  for (const auto& label : data.categories) labelWidth = std::max(labelWidth, dc.GetTextExtent(label).x);
  const double max = niceCeiling(values.empty() ? 1 : *std::max_element(values.begin(), values.end()));
  const int top = dc.GetCharHeight() * 2 + 14;
  const wxRect area(labelWidth + 20, top, std::max(10, size.x - labelWidth - 80), size.y - top - 12);
  const std::size_t n = data.categories.size();
  const int slot = n == 0 ? area.height : area.height / static_cast<int>(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double v = i < values.size() ? values[i] : 0;
    const int y = area.y + slot * static_cast<int>(i);
    const int barH = std::max(6, slot * 6 / 10);
    dc.SetTextForeground(kInk);
    dc.DrawText(data.categories[i], 10, y + (barH - dc.GetCharHeight()) / 2);
    dc.SetBrush(wxBrush(chartColour(i)));
    dc.SetPen(wxPen(chartColour(i)));
    const int width = static_cast<int>(area.width * v / max);
    dc.DrawRectangle(area.x, y, std::max(1, width), barH);
    dc.DrawText(tickText(v), area.x + width + 6, y + (barH - dc.GetCharHeight()) / 2);
  }
  dc.SetPen(wxPen(kInk));
  dc.DrawLine(area.x, area.y, area.x, area.y + slot * static_cast<int>(n));
}

void drawGauge(wxDC& dc, const wxSize& size, const ChartData& data) {
  wxFont big = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
  big.SetPointSize(big.GetPointSize() * 4);
  big.SetWeight(wxFONTWEIGHT_BOLD);
  dc.SetFont(big);
  const bool clear = data.gaugeValue <= 0;
  dc.SetTextForeground(clear ? chartColour(2) : chartColour(5));
  const wxString number = tickText(data.gaugeValue);
  const wxSize extent = dc.GetTextExtent(number);
  const int top = dc.GetCharHeight() / 2 + 24;
  dc.DrawText(number, (size.x - extent.x) / 2, top);
  dc.SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT));
  dc.SetTextForeground(kInk);
  const wxSize text = dc.GetTextExtent(data.gaugeText);
  const int textY = top + extent.y + 6;
  dc.DrawText(data.gaugeText, (size.x - text.x) / 2, textY);
  const wxRect bar(24, textY + text.y + 14, std::max(10, size.x - 48), 16);
  dc.SetPen(wxPen(kInk));
  dc.SetBrush(wxBrush(kGrid));
  dc.DrawRectangle(bar);
  const double fraction = data.gaugeMax > 0 ? std::clamp(data.gaugeValue / data.gaugeMax, 0.0, 1.0) : 0;
  dc.SetBrush(wxBrush(clear ? chartColour(2) : chartColour(5)));
  dc.DrawRectangle(bar.x, bar.y, static_cast<int>(bar.width * fraction), bar.height);
  const wxString end = tickText(data.gaugeMax);
  dc.DrawText("0", bar.x, bar.GetBottom() + 4);
  dc.DrawText(end, bar.GetRight() - dc.GetTextExtent(end).x, bar.GetBottom() + 4);
}

}  // namespace

wxColour chartColour(std::size_t index) {
  // Okabe & Ito (2008): blue, orange, bluish green, reddish purple, sky blue, vermillion,
  // yellow, black.
  static const wxColour palette[] = {
      wxColour(0, 114, 178),  wxColour(230, 159, 0),  wxColour(0, 158, 115), wxColour(204, 121, 167),
      wxColour(86, 180, 233), wxColour(213, 94, 0),   wxColour(240, 228, 66), wxColour(0, 0, 0),
  };
  return palette[index % std::size(palette)];
}

void drawChart(wxDC& target, const wxSize& size, const ChartData& data) {
  wxGCDC dc;
  if (auto* memory = dynamic_cast<wxMemoryDC*>(&target)) {
    dc.SetGraphicsContext(wxGraphicsContext::Create(*memory));
  } else if (auto* window = dynamic_cast<wxWindowDC*>(&target)) {
    dc.SetGraphicsContext(wxGraphicsContext::Create(*window));
  }
  wxDC& out = dc.GetGraphicsContext() != nullptr ? static_cast<wxDC&>(dc) : target;
  out.SetBackground(*wxWHITE_BRUSH);
  out.Clear();
  out.SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT));
  drawTitle(out, size, data);
  if (allZero(data) && !data.emptyText.empty()) {
    out.SetTextForeground(wxColour(110, 110, 110));
    const wxSize extent = out.GetTextExtent(data.emptyText);
    out.DrawText(data.emptyText, (size.x - extent.x) / 2, size.y / 2);
    return;
  }
  switch (data.kind) {
    case ChartData::Kind::StackedBars: drawStackedBars(out, size, data); break;
    case ChartData::Kind::Lines: drawLines(out, size, data); break;
    case ChartData::Kind::HorizontalBars: drawHorizontalBars(out, size, data); break;
    case ChartData::Kind::Gauge: drawGauge(out, size, data); break;
  }
}

ChartWindow::ChartWindow(wxWindow* parent, const wxString& name, const wxSize& minSize)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, minSize, wxFULL_REPAINT_ON_RESIZE) {
  SetName(name);
  SetMinSize(minSize);
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
    wxAutoBufferedPaintDC paint(this);
    drawChart(paint, GetClientSize(), m_data);
  });
}

void ChartWindow::setData(ChartData data) {
  m_data = std::move(data);
  Refresh();
}

}  // namespace mws::ui
