#include "game/ui/core/scene_stack.hpp"

#include <algorithm>

namespace rc::ui {

void SceneStack::push(std::unique_ptr<Scene> s) {
    pending_.push_back({Op::Push, std::move(s)});
}
void SceneStack::pop() {
    pending_.push_back({Op::Pop, nullptr});
}
void SceneStack::replace(std::unique_ptr<Scene> s) {
    pop();
    push(std::move(s));
}
void SceneStack::clear() {
    pending_.push_back({Op::Clear, nullptr});
}

bool SceneStack::apply(sf::Vector2f size) {
    if (pending_.empty()) return false;
    // Move the queue out first: a scene's constructor may queue more changes.
    auto ops = std::move(pending_);
    pending_.clear();
    const Scene* before = top();
    std::vector<const Scene*> fresh; // pushed now: laid out, not resumed
    for (auto& p : ops) {
        switch (p.op) {
        case Op::Push:
            p.scene->layout(size);
            fresh.push_back(p.scene.get());
            scenes_.push_back(std::move(p.scene));
            break;
        case Op::Pop:
            if (!scenes_.empty()) scenes_.pop_back();
            break;
        case Op::Clear:
            scenes_.clear();
            break;
        }
    }
    if (!scenes_.empty()) {
        const bool isFresh = std::find(fresh.begin(), fresh.end(), top()) != fresh.end();
        if (!isFresh && top() != before) scenes_.back()->resumed();
        scenes_.back()->invalidate();
    }
    return true;
}

std::vector<Scene*> SceneStack::visible() const {
    std::vector<Scene*> out;
    for (std::size_t i = scenes_.size(); i-- > 0;) {
        out.insert(out.begin(), scenes_[i].get());
        if (!scenes_[i]->overlay()) break;
    }
    return out;
}

void SceneStack::relayout(sf::Vector2f size) {
    for (auto& s : scenes_) {
        s->layout(size);
        s->invalidate();
    }
}

} // namespace rc::ui
