#include "game/net/class_host.hpp"

#include "game/engine/atomic_file.hpp"
#include "game/engine/case_loader.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/student_copy.hpp"
#include "game/engine/xml_reader.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <random>

namespace rc::net {

namespace {

/// Most actions one case may take: far beyond any real play, small enough to bound memory.
constexpr std::size_t kMaxActionsPerCase = 2000;
constexpr std::size_t kMaxIdChars = 64, kMaxNameChars = 100, kMaxEmailChars = 254;

/// A host time for the journal: milliseconds kept, so a replay restarts timers where they were.
std::string stamp(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

bool validStudentId(const std::string& id) {
    if (id.empty() || id.size() > kMaxIdChars) return false;
    for (unsigned char c : id)
        if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@')) return false;
    return true;
}

bool sameSecret(const std::string& a, const std::string& b) {
    // Compared in full whatever the first difference, so timing says nothing.
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        diff |= static_cast<unsigned>(a[i] ^ b[i]);
    return diff == 0 && !a.empty();
}

double field(const Message& m, const char* key) {
    try {
        return std::stod(m.value(key, "0"));
    } catch (...) {
        return 0;
    }
}

} // namespace

std::string isoUtc(double epochSeconds) {
    std::time_t t = static_cast<std::time_t>(std::floor(epochSeconds));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string newSecret() {
    std::random_device rd;
    static const char* hex = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 32; ++i)
        s += hex[rd() & 15u];
    return s;
}

ClassHost::ClassHost(const Challenge& challenge, const Content& content, HostOptions options,
                     Journal* journal)
    : ch_(&challenge), content_(&content), opt_(std::move(options)), journal_(journal) {
    // The challenge was loaded from this file already; should it have gone since, the text
    // stays empty, as before.
    FileError unread;
    readFile(ch_->file, FileKind::Content, challengeText_, unread);
    for (const auto& cc : ch_->cases) {
        const Case* c = content_->findCase(cc.ref);
        if (!c) continue;
        ledgers_[c->id] = expertLedger(*c, content_->catalog, ch_->seed);
        XmlFile file;
        Diagnostics d;
        if (!file.load(c->file, d)) continue;
        copies_[c->id] =
            exam() ? studentCopyText(file, *c, content_->catalog, opt_.salt) : file.text();
    }
}

Message ClassHost::hostRecord(const Challenge& ch, const std::string& code, std::uint64_t salt) {
    Message r("host");
    r.set("challenge", ch.id)
        .set("hash", hexHash(ch.contentHash))
        .set("code", code)
        .set("salt", hexHash(salt));
    return r;
}

std::vector<std::string> ClassHost::missingCases() const {
    std::vector<std::string> out;
    for (const auto& cc : ch_->cases) {
        const Case* c = content_->findCase(cc.ref);
        if (!c || !copies_.count(c->id)) out.push_back(cc.ref);
    }
    return out;
}

ClassHost::Student* ClassHost::byConn(ConnId c) {
    if (c == 0) return nullptr;
    for (auto& [id, s] : students_)
        if (s.conn == c) return &s;
    return nullptr;
}

bool ClassHost::record(const Message& r, std::string& error) {
    if (replaying_ || !journal_) return true;
    return journal_->append(r, error);
}

Outgoing ClassHost::refuse(ConnId to, const std::string& peer, const std::string& why,
                           const char* code) {
    log_.push_back("refused " + peer + ": " + why);
    Message m("refused");
    m.set("code", code).set("reason", why);
    return Outgoing{to, std::move(m), true};
}

double ClassHost::score(const Session& s) const {
    auto it = ledgers_.find(s.kase().id);
    return scoreSession(s, it == ledgers_.end() ? Ledger{} : it->second).total;
}

double ClassHost::total(const Student& s) const {
    return s.run->total();
}

void ClassHost::writeResults(const Student& s, double now) {
    if (replaying_ || opt_.resultsDir.empty()) return;
    std::string error;
    if (!s.run->write(opt_.resultsDir, isoUtc(now), error))
        log_.push_back("cannot write the results of " + s.id + ": " + error);
}

bool ClassHost::writeAllResults(double now, std::string& error) const {
    if (opt_.resultsDir.empty()) return true;
    for (const auto& [id, s] : students_)
        if (!s.run->write(opt_.resultsDir, isoUtc(now), error)) return false;
    return true;
}

std::vector<std::string> ClassHost::takeLog() {
    std::vector<std::string> out;
    out.swap(log_);
    return out;
}

Message ClassHost::welcome(const Student& s) const {
    Message m("welcome");
    m.set("version", kProtocolVersion)
        .set("secret", s.secret)
        .set("student", s.id)
        .set("name", s.name)
        .set("challenge", ch_->id)
        .set("title", ch_->title)
        .set("mode", ch_->mode)
        .set("cases", static_cast<long long>(ch_->cases.size()))
        .set("attempt", s.run->attemptNumber())
        .set("index", s.run->index())
        .set("state", s.run->done() ? "finished" : "playing")
        .set("retake", opt_.allowRetake ? 1 : 0);
    m.body = challengeText_;
    return m;
}

Message ClassHost::doneMessage(const Student& s) const {
    Message m("done");
    m.set("attempt", s.run->attemptNumber()).set("cases", s.run->count());
    if (!exam()) m.set("total", oneDecimal(total(s)));
    return m;
}

Message ClassHost::endedMessage(const Student& s) const {
    Message m("ended");
    double t = total(s);
    m.set("attempt", s.run->attemptNumber())
        .set("total", oneDecimal(t))
        .set("passed", t >= ch_->mastery ? 1 : 0)
        .set("pass-mark", oneDecimal(ch_->mastery));
    return m;
}

void ClassHost::startCase(Student& s, double now) {
    s.session.emplace(s.run->startCase());
    s.caseStart = now;
}

void ClassHost::finishCase(Student& s, double seconds, double now) {
    s.run->finishCase(*s.session, score(*s.session), rc::round1(std::max(0.0, seconds)));
    s.session.reset();
    writeResults(s, now);
}

std::vector<Outgoing> ClassHost::onMessage(ConnId from, const std::string& peer, const Message& m,
                                           double now) {
    if (m.type == "hello") return hello(from, peer, m, now);
    if (m.type == "info") {
        // What a join screen shows before the student commits: the challenge, not the class.
        if (!sameSecret(m.value("code"), opt_.code))
            return {refuse(from, peer, "wrong join code", "code")};
        Message i("info");
        i.set("version", kProtocolVersion)
            .set("challenge", ch_->id)
            .set("title", ch_->title)
            .set("mode", ch_->mode)
            .set("cases", static_cast<long long>(ch_->cases.size()))
            .set("ended", ended_ ? 1 : 0);
        i.body = challengeText_;
        return {Outgoing{from, std::move(i), true}};
    }
    Student* s = byConn(from);
    if (!s) return {refuse(from, peer, "say hello first", "protocol")};
    if (ended_ && m.type != "bye") {
        Message d("denied");
        d.set("what", m.type).set("reason", "the instructor has ended this challenge");
        return {Outgoing{from, std::move(d), false}};
    }
    if (m.type == "next") return next(*s, now);
    if (m.type == "act") return act(*s, m, now);
    if (m.type == "stop") return stop(*s, now, "stopped");
    if (m.type == "retake") return retake(*s, now);
    if (m.type == "bye") {
        s->conn = 0;
        return {Outgoing{from, Message("bye"), true}};
    }
    return {refuse(from, peer, "unknown message '" + m.type + "'", "protocol")};
}

std::vector<Outgoing> ClassHost::hello(ConnId from, const std::string& peer, const Message& m,
                                       double now) {
    if (m.value("version") != std::to_string(kProtocolVersion))
        return {refuse(from, peer,
                       "this host speaks protocol version " + std::to_string(kProtocolVersion) +
                           ", the game " + m.value("version", "(none)") +
                           ": use the same version of Root Cause as the host",
                       "version")};
    if (!sameSecret(m.value("code"), opt_.code))
        return {refuse(from, peer, "wrong join code", "code")};
    const std::string id = m.value("student");
    if (!validStudentId(id))
        return {
            refuse(from, peer, "a student id is 1 to 64 letters, digits or . _ - @", "student")};
    std::string name = m.value("name"), email = m.value("email"), why;
    if (name.size() > kMaxNameChars || email.size() > kMaxEmailChars)
        return {refuse(from, peer, "name or e-mail too long", "student")};
    const ClassMember* member = nullptr;
    for (const auto& e : opt_.roster)
        if (e.id == id) member = &e;
    if (!opt_.roster.empty() && !member)
        return {refuse(from, peer,
                       "student id '" + id +
                           "' is not on this class's list: check it with your instructor",
                       "roster")};
    std::vector<Outgoing> out;
    auto it = students_.find(id);
    if (it != students_.end()) {
        Student& s = it->second;
        if (!sameSecret(m.value("secret"), s.secret))
            return {refuse(
                from, peer,
                "student id '" + id +
                    "' has already joined from another game; rejoin from that machine, or ask the "
                    "instructor",
                "taken")};
        if (s.conn && s.conn != from) {
            Message bye("bye");
            bye.set("reason", "you joined again from another connection");
            out.push_back(Outgoing{s.conn, std::move(bye), true});
        }
        s.conn = from;
        log_.push_back("rejoined " + id + " from " + peer);
        out.push_back(Outgoing{from, welcome(s), false});
        if (ended_) out.push_back(Outgoing{from, endedMessage(s), false});
        return out;
    }
    if (ended_) return {refuse(from, peer, "the instructor has ended this challenge", "ended")};
    Student s;
    s.id = id;
    s.name = member && !member->name.empty() ? member->name : name;
    s.email = member && !member->email.empty() ? member->email : email;
    s.secret = newSecret();
    Message rec("join");
    rec.set("student", s.id)
        .set("name", s.name)
        .set("email", s.email)
        .set("secret", s.secret)
        .set("at", stamp(now));
    std::string error;
    if (!record(rec, error))
        return {refuse(from, peer, "the host cannot record: " + error, "host")};
    s.run = std::make_unique<ChallengeRun>(*ch_, *content_, s.name, s.id, s.email);
    s.run->setStarted(isoUtc(now));
    s.conn = from;
    log_.push_back("joined " + id + " (" + s.name + ") from " + peer);
    Student& placed = students_.emplace(id, std::move(s)).first->second;
    out.push_back(Outgoing{from, welcome(placed), false});
    return out;
}

std::vector<Outgoing> ClassHost::next(Student& s, double now) {
    if (s.run->done()) return {Outgoing{s.conn, doneMessage(s), false}};
    const Case* c = s.run->currentCase();
    if (!c || !copies_.count(c->id)) {
        Message d("denied");
        d.set("what", "next").set("reason", "the host has no copy of this case");
        return {Outgoing{s.conn, std::move(d), false}};
    }
    if (!s.session) {
        Message rec("start");
        rec.set("student", s.id).set("at", stamp(now));
        std::string error;
        if (!record(rec, error)) {
            Message d("denied");
            d.set("what", "next").set("reason", "the host cannot record: " + error);
            return {Outgoing{s.conn, std::move(d), false}};
        }
        startCase(s, now);
    }
    const double limit = s.run->timeLimitSeconds();
    Message cm("case");
    cm.set("index", s.run->index())
        .set("cases", s.run->count())
        .set("case", c->id)
        .set("time-limit", oneDecimal(limit))
        .set("remaining", oneDecimal(limit > 0 ? std::max(0.0, limit - (now - s.caseStart)) : 0.0))
        .set("seed", static_cast<long long>(ch_->seed));
    cm.body = copies_.at(c->id);
    ActionLog log = s.session->log();
    log.header.clear();
    Message resume("resume");
    resume.set("actions", static_cast<long long>(log.actions.size()));
    resume.body = formatActionLog(log);
    return {Outgoing{s.conn, std::move(cm), false}, Outgoing{s.conn, std::move(resume), false}};
}

std::vector<Outgoing> ClassHost::act(Student& s, const Message& m, double now) {
    Message ack("ack");
    ack.set("seq", m.value("seq", "0"));
    auto deny = [&](std::string why) {
        ack.set("ok", 0).set("error", std::move(why));
        return std::vector<Outgoing>{Outgoing{s.conn, ack, false}};
    };
    if (!s.session) return deny("no case is open: ask for the next case first");
    if (s.session->taken().size() >= kMaxActionsPerCase)
        return deny("too many actions in one case");
    std::string line = m.body;
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    if (line.find('\n') != std::string::npos) return deny("one action a message");
    Action a;
    std::string error;
    if (!parseAction(line, a, error)) return deny(error);
    a.time = rc::round1(now - s.caseStart); // the host's clock, whatever the game wrote
    a.line = 0;
    Session before = *s.session;
    Reply r = s.session->apply(a);
    if (!r.ok) return deny(r.error);
    Message rec("act");
    rec.set("student", s.id).set("t", oneDecimal(*a.time)).set("line", a.str());
    if (!record(rec, error)) {
        *s.session = std::move(before);
        return deny("the host cannot record: " + error);
    }
    ack.set("ok", 1).set("t", oneDecimal(*a.time));
    // The outcome story is part of the key: in an exam it waits for the end, as in a pack.
    ack.body = exam() && s.session->finished() ? std::string() : r.text;
    std::vector<Outgoing> out{Outgoing{s.conn, std::move(ack), false}};
    if (s.session->finished()) {
        for (auto& o : stop(s, now, "outcome"))
            out.push_back(std::move(o));
    }
    return out;
}

std::vector<Outgoing> ClassHost::stop(Student& s, double now, const char* reason) {
    if (!s.session) {
        Message d("denied");
        d.set("what", "stop").set("reason", "no case is open");
        return {Outgoing{s.conn, std::move(d), false}};
    }
    double seconds = now - s.caseStart;
    const double limit = s.run->timeLimitSeconds();
    if (limit > 0) seconds = std::min(seconds, limit);
    Message rec("finish");
    rec.set("student", s.id).set("seconds", oneDecimal(seconds)).set("at", stamp(now));
    std::string error;
    if (!record(rec, error))
        log_.push_back("cannot record the end of a case of " + s.id + ": " + error);
    const int index = s.run->index();
    const bool reached = s.session->finished();
    const double sc = score(*s.session);
    finishCase(s, seconds, now);
    if (!s.conn) return {};
    Message end("case-end");
    end.set("index", index).set("reason", reason).set("finished", reached ? 1 : 0);
    if (!exam()) end.set("score", oneDecimal(sc));
    std::vector<Outgoing> out{Outgoing{s.conn, std::move(end), false}};
    if (s.run->done()) out.push_back(Outgoing{s.conn, doneMessage(s), false});
    return out;
}

std::vector<Outgoing> ClassHost::retake(Student& s, double now) {
    Message d("denied");
    d.set("what", "retake");
    if (!s.run->done())
        return {Outgoing{s.conn, d.set("reason", "this attempt is not finished"), false}};
    if (!opt_.allowRetake)
        return {
            Outgoing{s.conn, d.set("reason", "the instructor has not allowed a retake"), false}};
    Message rec("retake");
    rec.set("student", s.id).set("at", stamp(now));
    std::string error;
    if (!record(rec, error) || !s.run->newAttempt(isoUtc(now)))
        return {Outgoing{s.conn, d.set("reason", "no further attempt can be recorded"), false}};
    log_.push_back("retake " + s.id + ": attempt " + std::to_string(s.run->attemptNumber()));
    writeResults(s, now);
    return {Outgoing{s.conn, welcome(s), false}};
}

std::vector<Outgoing> ClassHost::tick(double now) {
    std::vector<Outgoing> out;
    for (auto& [id, s] : students_) {
        if (!s.session) continue;
        const double limit = s.run->timeLimitSeconds();
        if (limit <= 0 || now - s.caseStart < limit) continue;
        log_.push_back("time is up for " + id + " on case " + std::to_string(s.run->index() + 1));
        for (auto& o : stop(s, now, "time"))
            out.push_back(std::move(o));
    }
    return out;
}

std::vector<Outgoing> ClassHost::endChallenge(double now) {
    std::vector<Outgoing> out;
    if (ended_) return out;
    Message rec("end");
    rec.set("at", stamp(now));
    std::string error;
    // A case still open counts as played where it stands: its actions are in the results, and
    // the student hears of its end before the result.
    for (auto& [id, s] : students_)
        if (s.session)
            for (auto& o : stop(s, now, "stopped"))
                out.push_back(std::move(o));
    if (!record(rec, error)) log_.push_back("cannot record the end of the challenge: " + error);
    ended_ = true;
    for (auto& [id, s] : students_)
        if (s.conn) out.push_back(Outgoing{s.conn, endedMessage(s), false});
    return out;
}

void ClassHost::onClose(ConnId conn) {
    if (Student* s = byConn(conn)) {
        s->conn = 0;
        log_.push_back("left " + s->id);
    }
}

std::vector<BoardRow> ClassHost::board() const {
    std::vector<BoardRow> rows;
    for (const auto& [id, s] : students_) {
        BoardRow r;
        r.id = id;
        r.name = s.name;
        r.connected = s.conn != 0;
        r.finished = s.run->done();
        r.caseIndex = s.run->index();
        r.cases = s.run->count();
        r.attempt = s.run->attemptNumber();
        r.total = total(s);
        rows.push_back(std::move(r));
    }
    return rows;
}

bool ClassHost::restore(const std::vector<Message>& records, std::string& error) {
    replaying_ = true;
    auto fail = [&](std::size_t i, const std::string& why) {
        error = "journal record " + std::to_string(i + 1) + " (" + records[i].type + "): " + why;
        replaying_ = false;
        return false;
    };
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Message& r = records[i];
        const double at = field(r, "at");
        if (r.type == "host") {
            if (r.value("challenge") != ch_->id || r.value("hash") != hexHash(ch_->contentHash))
                return fail(i, "the journal is of challenge '" + r.value("challenge") + "' (hash " +
                                   r.value("hash") + "), not of this copy of '" + ch_->id + "'");
            continue;
        }
        if (r.type == "end") {
            ended_ = true;
            continue;
        }
        const std::string id = r.value("student");
        if (r.type == "join") {
            if (students_.count(id)) return fail(i, "student '" + id + "' joins twice");
            Student s;
            s.id = id;
            s.name = r.value("name");
            s.email = r.value("email");
            s.secret = r.value("secret");
            s.run = std::make_unique<ChallengeRun>(*ch_, *content_, s.name, s.id, s.email);
            s.run->setStarted(isoUtc(at));
            students_.emplace(id, std::move(s));
            continue;
        }
        auto it = students_.find(id);
        if (it == students_.end()) return fail(i, "unknown student '" + id + "'");
        Student& s = it->second;
        if (r.type == "start") {
            if (s.session || s.run->done() || !s.run->currentCase())
                return fail(i, "no case to start");
            startCase(s, at);
        } else if (r.type == "act") {
            Action a;
            std::string why;
            if (!s.session) return fail(i, "no case open");
            if (!parseAction(r.value("line"), a, why)) return fail(i, why);
            a.time = field(r, "t");
            if (!s.session->apply(a).ok)
                return fail(i, "the action does not replay: " + r.value("line"));
        } else if (r.type == "finish") {
            if (!s.session) return fail(i, "no case open");
            finishCase(s, field(r, "seconds"), at);
        } else if (r.type == "retake") {
            if (!s.run->done() || !s.run->newAttempt(isoUtc(at)))
                return fail(i, "no attempt to retake");
        } else {
            return fail(i, "unknown record");
        }
    }
    replaying_ = false;
    // A host killed between journaling a case's last action and its end: end it now.
    for (auto& [id, s] : students_)
        if (s.session && s.session->finished()) {
            ActionLog log = s.session->log();
            double t =
                log.actions.empty() || !log.actions.back().time ? 0 : *log.actions.back().time;
            Message rec("finish");
            rec.set("student", id).set("seconds", oneDecimal(t)).set("at", stamp(s.caseStart + t));
            std::string why;
            record(rec, why);
            finishCase(s, t, s.caseStart + t);
        }
    return true;
}

} // namespace rc::net
