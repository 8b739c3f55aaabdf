// The main() of the replay build (tests/fuzz/CMakeLists.txt, GUICHET_FUZZ off): runs a
// fuzz target's LLVMFuzzerTestOneInput once on every file of the directories (or the
// files) given, so the seed corpus and the inputs that once crashed are replayed by
// the normal test suite, with gcc and without libFuzzer. A crash or a failed check
// aborts the process and fails the test; a missing directory is skipped (a target may
// have no regressions yet), but at least one input must have run.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputsUnder(const fs::path& path)
{
    std::vector<fs::path> files;
    if (fs::is_regular_file(path)) {
        files.push_back(path);
    } else if (fs::is_directory(path)) {
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(path)) {
            // README files explain a directory; they are not inputs.
            if (entry.is_regular_file() && entry.path().filename().string().rfind("README", 0) != 0)
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end()); // the same order on every machine
    return files;
}

bool replay(const fs::path& file)
{
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        return false;
    const std::vector<char> content{std::istreambuf_iterator<char>(stream),
                                    std::istreambuf_iterator<char>()};
    // A copy of exactly the file's size, as libFuzzer passes it: no NUL after the end.
    std::vector<std::uint8_t> input(content.begin(), content.end());
    std::printf("replay %s (%zu bytes)\n", file.string().c_str(), input.size());
    std::fflush(stdout); // the name is on screen before a crash
    (void)LLVMFuzzerTestOneInput(input.data(), input.size());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        if (!fs::exists(path)) {
            std::printf("skipped %s (does not exist)\n", argv[i]);
            continue;
        }
        for (const fs::path& file : inputsUnder(path)) {
            if (!replay(file)) {
                std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
                return 1;
            }
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
