#include "game/ui/art/imaging.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>
#include <cmath>

namespace rc::ui {

std::string Imaging::caption(const ImageView& v) {
    std::string f = v.finding.empty() ? "normal" : v.finding;
    std::string what;
    if (f == "normal")
        what = "No abnormality shown";
    else if (f == "slip")
        what = "Grade " + std::to_string(std::max(1, v.grade)) + " slip (spondylolisthesis)";
    else if (f == "pars-defect")
        what = "Pars interarticularis defect";
    else if (f == "meniscal-tear")
        what = "Meniscal tear";
    else if (f == "physis-slip")
        what = "Slipped capital femoral epiphysis";
    else if (f == "osteoarthritis")
        what = "Osteoarthritis";
    else {
        what = f;
        what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
        std::replace(what.begin(), what.end(), '-', ' ');
    }
    std::string where = v.level;
    if (where.size() == 5 && where[2] == '-')
        where = where.substr(0, 2) + "\xE2\x80\x93" + where.substr(3);
    if (where == "knee" || where == "hip") where.clear();
    std::string out = where.empty() ? what : where + ": " + what;
    if (!v.side.empty() && f != "normal") out += " (" + v.side + ")";
    return out;
}

void calloutLabel(const Painter& p, sf::Vector2f at, float ringR, sf::Vector2f labelAt,
                  const std::string& text, float maxWidth) {
    const Theme& th = p.theme;
    const FilmInk ink;
    fillPolygon(p.target, ellipsePoints(at, {ringR, ringR}, 36), sf::Color::Transparent,
                ink.finding, 2.0f);
    const auto ts = p.text(TextSize::Caption, Weight::SemiBold, th.c.text);
    const Paragraph para = layout(ts, utf8(text), maxWidth - th.px(16), 4);
    float w = 0;
    for (const auto& l : para.lines)
        w = std::max(w, measure(ts, l));
    const float bw = w + th.px(16), bh = para.height() + th.px(8);
    const sf::FloatRect box(labelAt.x, labelAt.y - bh / 2, bw, bh);
    const sf::Vector2f d = labelAt - at;
    const float n = std::sqrt(d.x * d.x + d.y * d.y);
    if (n > ringR) line(p.target, at + d / n * ringR, labelAt, 1.5f, ink.finding);
    roundedRect(p.target, box, th.px(4), ink.finding);
    drawLines(p.target, ts, para, utf8(text), box.left + th.px(8), box.top + th.px(4));
}

void Imaging::draw(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const Theme& th = p.theme;
    roundedRect(p.target, r, th.radius(), th.c.film);
    const float pad = th.px(12);
    const float capH = th.px(26);
    const sf::FloatRect content(r.left + pad, r.top + pad + capH, r.width - 2 * pad,
                                r.height - 2 * pad - capH);
    std::string title;
    if (v.kind == "spine-mri")
        title = "MRI lumbar spine · sagittal T2 (schematic)";
    else if (v.kind == "spine-xray")
        title = "X-ray lumbar spine · lateral (schematic)";
    else if (v.kind == "spine-ct")
        title = "CT lumbar spine · sagittal (schematic)";
    else if (v.kind == "knee-xray")
        title = "X-ray knee · AP standing (schematic)";
    else if (v.kind == "knee-mri")
        title = "MRI knee · sagittal, medial compartment (schematic)";
    else if (v.kind == "hip-xray")
        title = "X-ray pelvis and hip · AP (schematic)";
    else if (v.kind == "trace")
        title = "Nerve conduction (schematic)";
    else
        title = "Laboratory results";
    const FilmInk ink;
    const auto ts = p.text(TextSize::Caption, Weight::Medium, ink.label);
    drawLine(p.target, ts, utf8(title), r.left + pad, r.top + pad + capH / 2 - th.px(2),
             Align::Left, r.width - 2 * pad);
    if (v.kind.rfind("spine", 0) == 0)
        spine(p, content, v);
    else if (v.kind == "knee-xray")
        kneeXray(p, content, v);
    else if (v.kind == "knee-mri")
        kneeMri(p, content, v);
    else if (v.kind == "hip-xray")
        hipXray(p, content, v);
    else if (v.kind == "trace")
        trace(p, content, v);
    else
        lab(p, content, v);
}

void Imaging::trace(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const FilmInk ink;
    const Theme& th = p.theme;
    const auto ts = p.text(TextSize::Caption, Weight::Regular, ink.label);
    const bool abnormal = !v.finding.empty() && v.finding != "normal";
    const float rowH = r.height / 2;
    const char* names[2] = {"Unaffected side", abnormal ? "Affected side" : "Other side"};
    for (int k = 0; k < 2; ++k) {
        const float y0 = r.top + rowH * k + rowH * 0.6f;
        const float x0 = r.left + th.px(8), x1 = r.left + r.width - th.px(8);
        line(p.target, {x0, y0}, {x1, y0}, 1.0f, ink.soft);
        drawLine(p.target, ts, utf8(names[k]), x0, r.top + rowH * k + th.px(12));
        const bool bad = abnormal && k == 1;
        const float amp = rowH * (bad ? 0.18f : 0.4f);
        const float lat = bad ? 0.34f : 0.26f;
        sf::Vector2f prev(x0, y0);
        for (int i = 1; i <= 120; ++i) {
            const float u = i / 120.0f;
            const float z = (u - lat) / 0.045f;
            const float yv = u < lat - 0.05f ? 0
                                             : -amp * std::exp(-z * z) +
                                                   amp * 0.45f * std::exp(-(z - 1.6f) * (z - 1.6f));
            const sf::Vector2f cur(x0 + (x1 - x0) * u, y0 + yv);
            line(p.target, prev, cur, 2.0f, bad ? ink.finding : ink.fluid);
            prev = cur;
        }
    }
    drawLine(p.target, ts, utf8("time (ms) →"), r.left + r.width - th.px(8),
             r.top + r.height - th.px(8), Align::Right);
}

void Imaging::lab(const Painter& p, const sf::FloatRect& r, const ImageView& v) {
    const FilmInk ink;
    const Theme& th = p.theme;
    const auto ts = p.text(TextSize::Caption, Weight::Regular, ink.label);
    const bool abnormal = !v.finding.empty() && v.finding != "normal";
    const char* tests[3] = {"CRP", "ESR", "White cells"};
    const float rowH = std::min(th.px(48), r.height / 3);
    for (int k = 0; k < 3; ++k) {
        const float cy = r.top + rowH * (k + 0.5f);
        const float x0 = r.left + th.px(100), x1 = r.left + r.width - th.px(16);
        drawLine(p.target, ts, utf8(tests[k]), r.left + th.px(8), cy);
        roundedRect(p.target, {x0, cy - th.px(4), x1 - x0, th.px(8)}, th.px(4), ink.soft);
        roundedRect(p.target, {x0 + (x1 - x0) * 0.2f, cy - th.px(4), (x1 - x0) * 0.4f, th.px(8)},
                    th.px(4), ink.boneDim);
        const float at = abnormal && k == 0 ? 0.85f : 0.35f + 0.08f * k;
        disc(p.target, {x0 + (x1 - x0) * at, cy}, th.px(6),
             abnormal && k == 0 ? ink.finding : ink.fluid);
    }
    drawLine(p.target, ts, utf8("grey band: reference range"), r.left + th.px(8),
             r.top + rowH * 3 + th.px(12));
}

} // namespace rc::ui
