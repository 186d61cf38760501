#pragma once
#include <string>
#include <string_view>

namespace rc {

/// True if `s` is a valid content id: [a-z][a-z0-9-]*.
bool isValidId(std::string_view s);
/// Collapses whitespace runs to one space and trims.
std::string collapseSpace(std::string_view s);
/// Appends `piece` to `out` with whitespace collapsed. `space` carries a pending blank from one
/// piece to the next (start with false), so collapsing piece by piece gives the same as
/// collapseSpace() of the pieces joined.
void appendCollapsed(std::string& out, bool& space, std::string_view piece);

} // namespace rc
