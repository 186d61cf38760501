#include "game/play/bar_tween.hpp"

#include <algorithm>

namespace rc::play {

double BarTween::ease(float t) {
    const double u = 1.0 - std::clamp(static_cast<double>(t), 0.0, 1.0);
    return 1.0 - u * u * u;
}

void BarTween::retarget(const std::vector<std::pair<std::string, double>>& targets,
                        const std::vector<double>& start, bool instant) {
    bool same = targets.size() == bars_.size();
    for (std::size_t i = 0; same && i < targets.size(); ++i)
        same = bars_[i].id == targets[i].first && bars_[i].to == targets[i].second;
    if (same) {
        if (instant) t_ = 1.0f;
        return;
    }
    std::vector<Bar> next;
    next.reserve(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        Bar b{targets[i].first, 0, targets[i].second};
        b.from = i < start.size() ? start[i] : b.to;
        for (const Bar& old : bars_)
            if (old.id == b.id) b.from = old.from + (old.to - old.from) * ease(t_);
        next.push_back(std::move(b));
    }
    bool still = true; // nothing to glide (the first sight of the priors): at rest at once
    for (const Bar& b : next)
        still = still && b.from == b.to;
    bars_ = std::move(next);
    t_ = instant || still ? 1.0f : 0.0f;
}

bool BarTween::tick(float dt) {
    if (t_ >= 1.0f) return false;
    t_ = std::min(1.0f, t_ + dt / kSeconds);
    return true;
}

double BarTween::shown(const std::string& id, double fallback) const {
    for (const Bar& b : bars_)
        if (b.id == id) return b.from + (b.to - b.from) * ease(t_);
    return fallback;
}

} // namespace rc::play
