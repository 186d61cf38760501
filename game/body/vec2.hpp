#pragma once

namespace rc::body {

/// A point or direction in the examination scene: metres, x to the right, y up.
struct Vec2 {
    float x = 0.0f; ///< metres
    float y = 0.0f; ///< metres
};

/// Where a rigid segment is: its origin (m) and its rotation (rad, anticlockwise), with the
/// rotation's cosine and sine as the simulation holds them.
struct Pose {
    Vec2 position;
    float angle = 0.0f;
    float cos = 1.0f, sin = 0.0f;
    /// A point given in the segment's own frame, in the scene's (as Box2D computes it).
    Vec2 toWorld(Vec2 local) const {
        return {(cos * local.x - sin * local.y) + position.x,
                (sin * local.x + cos * local.y) + position.y};
    }
};

} // namespace rc::body
