#include "storage/SwedishStemmer.h"

#include <libstemmer.h>

#include <memory>

namespace tf {

namespace {
struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};

// A stemmer keeps its state between calls: one per thread.
sb_stemmer *stemmer()
{
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> instance(
        sb_stemmer_new("swedish", "UTF_8"));
    return instance.get();
}
} // namespace

QString swedishStem(const QString &word)
{
    sb_stemmer *swedish = stemmer();
    if (!swedish || word.isEmpty())
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stem = sb_stemmer_stem(
        swedish, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stem)
        return word; // out of memory: the word itself still finds its own form
    const QString result
        = QString::fromUtf8(reinterpret_cast<const char *>(stem), sb_stemmer_length(swedish));
    return !result.isEmpty() && word.startsWith(result) ? result : word;
}

QStringList swedishStems(const QStringList &words)
{
    QStringList stems;
    stems.reserve(words.size());
    for (const QString &word : words)
        stems << swedishStem(word);
    return stems;
}

} // namespace tf
