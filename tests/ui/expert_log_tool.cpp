// ui-expert-log CASE_ID [CONTENT_DIR]: writes the case's expert path as an action log (stdout), the
// input of the end-to-end tests of the game (rootcause --autoplay).
#include "game/engine/content.hpp"
#include "game/engine/session.hpp"

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: ui-expert-log CASE_ID CONTENT_DIR [FIRST_N]\n";
        return 2;
    }
    rc::Diagnostics diags;
    const rc::Content content = rc::loadContent(argv[2], diags);
    const rc::Case* c = content.findCase(argv[1]);
    if (!c) {
        std::cerr << diags.str() << "ui-expert-log: no case '" << argv[1] << "'\n";
        return 1;
    }
    rc::ActionLog log;
    log.header["case"] = c->id;
    log.header["seed"] = "1";
    log.actions = c->expert;
    if (argc > 3) log.actions.resize(std::min<std::size_t>(log.actions.size(), std::stoul(argv[3])));
    std::cout << rc::formatActionLog(log);
    return 0;
}
