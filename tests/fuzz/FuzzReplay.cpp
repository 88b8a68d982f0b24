// Runs a fuzz target's entry (LLVMFuzzerTestOneInput) on every file of the
// folders and files named, as libFuzzer would replay a corpus: built with the
// normal compiler and its sanitizers, so the test suite replays the corpus
// without clang. Exit code 0 when every input was run.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
void runOne(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "Kunde inte läsa %s\n", qPrintable(path));
        std::exit(2);
    }
    const QByteArray data = file.readAll();
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>(data.constData()), static_cast<size_t>(data.size()));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                runOne(it.next());
                ++inputs;
            }
        } else {
            runOne(path);
            ++inputs;
        }
    }
    std::printf("%d inputs run\n", inputs);
    return inputs > 0 ? 0 : 1;
}
