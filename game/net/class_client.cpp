#include "game/net/class_client.hpp"

#include <array>
#include <asio.hpp>
#include <chrono>

namespace rc::net {

using asio::ip::tcp;

struct ClassClient::Impl {
    asio::io_context io;
    tcp::socket sock{io};
    Decoder dec{kMaxHostPayload};
    std::array<char, 65536> buf{};
    bool open = false;

    /// Runs the io_context until `done` or the timeout; cancels what is pending on a timeout.
    bool runFor(bool& done, double seconds) {
        io.restart();
        auto until = std::chrono::steady_clock::now() +
                     std::chrono::milliseconds(static_cast<long>(seconds * 1000));
        while (!done && std::chrono::steady_clock::now() < until)
            io.run_one_until(until);
        if (!done) {
            asio::error_code ec;
            sock.cancel(ec);
            io.restart();
            io.run(); // let the cancelled handler run
        }
        return done;
    }
};

ClassClient::ClassClient() : impl_(std::make_unique<Impl>()) {}
ClassClient::~ClassClient() {
    close();
}

bool ClassClient::connected() const {
    return impl_->open;
}

bool ClassClient::connect(const std::string& address, unsigned short port, double timeoutSeconds,
                          std::string& error) {
    close();
    impl_->dec = Decoder(kMaxHostPayload);
    asio::error_code ec;
    asio::ip::address addr = asio::ip::make_address(address, ec);
    if (ec) {
        error = "'" + address + "' is not an IP address";
        return false;
    }
    bool done = false;
    asio::error_code result;
    impl_->sock.async_connect(tcp::endpoint(addr, port), [&](const asio::error_code& e) {
        result = e;
        done = true;
    });
    if (!impl_->runFor(done, timeoutSeconds) || result) {
        error = "cannot connect to " + address + ":" + std::to_string(port) + ": " +
                (result ? result.message() : std::string("no answer"));
        close();
        return false;
    }
    impl_->sock.set_option(tcp::no_delay(true), ec);
    impl_->open = true;
    return true;
}

bool ClassClient::send(const Message& m, std::string& error) {
    if (!impl_->open) {
        error = "not connected";
        return false;
    }
    std::string frame;
    if (!encode(m, frame, error)) return false;
    asio::error_code ec;
    asio::write(impl_->sock, asio::buffer(frame), ec);
    if (ec) {
        error = "connection lost: " + ec.message();
        close();
        return false;
    }
    return true;
}

bool ClassClient::receive(Message& m, double timeoutSeconds, std::string& error) {
    for (;;) {
        Decoder::Status st = impl_->dec.next(m, error);
        if (st == Decoder::Status::Ready) {
            if (onReceived) onReceived(m);
            return true;
        }
        if (st == Decoder::Status::Bad) {
            error = "malformed message from the host: " + error;
            close();
            return false;
        }
        if (!impl_->open) {
            error = "not connected";
            return false;
        }
        bool done = false;
        asio::error_code result;
        std::size_t got = 0;
        impl_->sock.async_read_some(asio::buffer(impl_->buf),
                                    [&](const asio::error_code& e, std::size_t n) {
                                        result = e;
                                        got = n;
                                        done = true;
                                    });
        // A read cancelled at the timeout completes (aborted) inside runFor: that is a timeout
        // too, and the connection stays open for the next call.
        const bool inTime = impl_->runFor(done, timeoutSeconds);
        if (!inTime || result == asio::error::operation_aborted) {
            error = "no message from the host in " +
                    std::to_string(static_cast<int>(timeoutSeconds)) + " s";
            return false;
        }
        if (result) {
            error = result == asio::error::eof ? "the host closed the connection"
                                               : "connection lost: " + result.message();
            close();
            return false;
        }
        impl_->dec.feed(impl_->buf.data(), got);
    }
}

void ClassClient::close() {
    if (!impl_) return;
    asio::error_code ec;
    impl_->sock.shutdown(tcp::socket::shutdown_both, ec);
    impl_->sock.close(ec);
    impl_->open = false;
}

} // namespace rc::net
