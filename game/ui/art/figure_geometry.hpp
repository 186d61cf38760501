#pragma once
#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>
#include <string>
#include <vector>

namespace rc::ui {

/// Which way the figure faces the viewer.
enum class View { Front, Back };
/// Patient's side. Right is on the viewer's left in the front view and on the right in the back.
enum class BodySide { Left, Right };
/// Body build from the case (`patient@build`).
enum class Build { Slim, Average, Heavy };
/// Patient sex from the case (`patient@sex`): shapes shoulders, hips and hair only.
enum class Sex { Female, Male };
/// Face expression (front view) for reactions in the hands-on exam.
enum class Expression { Calm, Discomfort, Pain };

/// How to draw one patient.
struct FigureSpec {
    Sex sex = Sex::Female;              ///< patient sex
    Build build = Build::Average;       ///< slim/average/heavy
    int skin = 3;                       ///< skin tone 1 (light) – 5 (dark); 0 = neutral diagram
    int age = 40;                       ///< years: grey hair from 60
    View view = View::Front;            ///< front or back
    Expression face = Expression::Calm; ///< front view only
};

/// Limb segments that body-chart regions are placed on.
enum class Limb { Thigh, Shin };

/// Joint positions and limb radii of a figure fitted into a box (pixels). The figure is
/// designed in units of its height with y=0 at the top of the head and y=1 at the soles.
class FigureGeometry {
  public:
    /// Fit the figure into `box`; `widthRatio` is the figure's width over its height used for
    /// fitting (0.46 shows the arms; smaller values zoom in and let the arms overflow).
    FigureGeometry(const FigureSpec& spec, const sf::FloatRect& box, float widthRatio = 0.46f);

    /// A design point (units of height, x from the midline) in pixels.
    sf::Vector2f at(float x, float y) const;
    /// A design length in pixels.
    float len(float v) const { return v * h_; }
    /// −1 or +1: the screen x direction away from the midline for the given side.
    float outward(BodySide s) const;
    /// Width factor of the build (slim 0.88, average 1, heavy 1.22).
    float buildFactor() const { return bw_; }

    /// Joint centres in pixels.
    sf::Vector2f hip(BodySide s) const;
    sf::Vector2f knee(BodySide s) const;
    sf::Vector2f ankle(BodySide s) const;
    /// Limb radius in pixels along a segment (t=0 proximal, t=1 distal).
    float radius(Limb l, float t) const;
    /// A point on a limb: t along it (0 proximal → 1 distal; may run past), u across it
    /// (−1 medial edge, 0 centre line, +1 lateral edge).
    sf::Vector2f onLimb(Limb l, BodySide s, float t, float u) const;
    /// The quad covering t0..t1 along and u0..u1 across a limb (convex polygon).
    std::vector<sf::Vector2f> limbPatch(Limb l, BodySide s, float t0, float t1, float u0,
                                        float u1) const;

    const FigureSpec& spec() const { return spec_; }
    /// Torso half-widths (units of height) at shoulder, waist and hip level.
    float shoulderHalf() const { return shoulder_; }
    float waistHalf() const { return waist_; }
    float hipHalf() const { return hips_; }

  private:
    FigureSpec spec_;
    float h_ = 1, cx_ = 0, top_ = 0, bw_ = 1;
    float shoulder_ = 0.11f, waist_ = 0.08f, hips_ = 0.1f;
};

} // namespace rc::ui
