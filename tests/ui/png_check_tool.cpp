// ui-png-check FILE...: fails unless every PNG loads and is not one flat colour (its luminance
// varies). ui-png-check --count RRGGBB FILE: prints how many pixels are exactly that colour
// (a drawn element's own fill, for a test to compare). sf::Image needs no display.
#include <SFML/Graphics/Image.hpp>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--count") {
        const unsigned long rgb = std::strtoul(argv[2], nullptr, 16);
        const sf::Color want((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        sf::Image img;
        if (!img.loadFromFile(argv[3])) {
            std::cerr << argv[3] << ": cannot load\n";
            return 1;
        }
        long n = 0;
        for (unsigned y = 0; y < img.getSize().y; ++y)
            for (unsigned x = 0; x < img.getSize().x; ++x) {
                const sf::Color c = img.getPixel(x, y);
                n += c.r == want.r && c.g == want.g && c.b == want.b;
            }
        std::cout << n << "\n";
        return 0;
    }
    int bad = 0;
    for (int i = 1; i < argc; ++i) {
        sf::Image img;
        if (!img.loadFromFile(argv[i])) {
            std::cerr << argv[i] << ": cannot load\n";
            ++bad;
            continue;
        }
        const auto sz = img.getSize();
        double sum = 0, sum2 = 0;
        long n = 0;
        for (unsigned y = 0; y < sz.y; y += 2)
            for (unsigned x = 0; x < sz.x; x += 2) {
                const sf::Color c = img.getPixel(x, y);
                const double l = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
                sum += l, sum2 += l * l, ++n;
            }
        const double mean = n ? sum / n : 0, var = n ? sum2 / n - mean * mean : 0;
        const double sd = std::sqrt(std::max(0.0, var));
        std::cout << argv[i] << ": " << sz.x << "x" << sz.y << " luminance sd " << sd << "\n";
        if (sz.x < 320 || sd < 8) {
            std::cerr << argv[i] << ": blank or nearly flat image\n";
            ++bad;
        }
    }
    if (argc < 2) std::cerr << "ui-png-check: no files\n";
    return bad || argc < 2 ? 1 : 0;
}
