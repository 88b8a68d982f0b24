// Printed documents never leave a heading, or a table's header row, alone
// at the foot of a page: read back page by page with pdftotext.
#include <catch2/catch.hpp>

#include "services/PdfDocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tf;

namespace {
// The last line with text on each page, above its page number.
QStringList lastLines(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QStringList last;
    for (const QString &page : QString::fromUtf8(process.readAllStandardOutput())
                                   .split(QLatin1Char('\f'), Qt::SkipEmptyParts)) {
        QStringList lines = page.split(QLatin1Char('\n'));
        static const QRegularExpression pageNumber(QStringLiteral("^\\s*\\d+\\s*$"));
        lines.removeIf([](const QString &line) {
            return line.trimmed().isEmpty() || pageNumber.match(line).hasMatch();
        });
        if (!lines.isEmpty())
            last << lines.last().trimmed();
    }
    return last;
}
} // namespace

TEST_CASE("a heading or a table header never stands alone at the foot of a page", "[pdf]")
{
    QTemporaryDir folder;
    // Filler of every length from half a page to a page and a half puts the
    // heading and the table header at every place on the page in turn.
    int pagesSeen = 0;
    for (int filler = 30; filler < 75; filler += 1) {
        QString html;
        for (int line = 0; line < filler; ++line)
            html += QStringLiteral("<p>Anteckning rad %1.</p>").arg(line + 1);
        html += QStringLiteral("<h2>Rubrik som hör till texten</h2><p>Texten under rubriken.</p>");
        html += QStringLiteral("<table border=\"1\"><thead><tr><th>Åtgärdskolumn</th>"
                               "<th>Ansvarig</th></tr></thead>");
        for (int row = 0; row < 3; ++row)
            html += QStringLiteral("<tr><td>Åtgärd %1</td><td>Eva</td></tr>").arg(row + 1);
        html += QStringLiteral("</table>");
        const QString path = folder.filePath(QStringLiteral("%1.pdf").arg(filler));
        PdfDocument::write(path, QStringLiteral("Test"), html);
        const QStringList last = lastLines(path);
        INFO("filler " << filler << ": " << last.join(QStringLiteral(" | ")).toStdString());
        pagesSeen = std::max(pagesSeen, int(last.size()));
        for (const QString &line : last) {
            CHECK_FALSE(line.startsWith(QStringLiteral("Rubrik som hör till texten")));
            CHECK_FALSE(line.startsWith(QStringLiteral("Åtgärdskolumn")));
        }
    }
    CHECK(pagesSeen >= 2);
}

TEST_CASE("what follows a moved heading or table is printed whole", "[pdf]")
{
    // A break set before a heading or table changes the layout after it;
    // every block after the break must still be drawn, not left as space.
    QTemporaryDir folder;
    for (int filler = 30; filler < 75; filler += 3) {
        QString html;
        for (int line = 0; line < filler; ++line)
            html += QStringLiteral("<p>Anteckning rad %1.</p>").arg(line + 1);
        html += QStringLiteral("<h2>Rubrik som hör till texten</h2><p>Texten under rubriken.</p>");
        html += QStringLiteral("<table border=\"1\"><thead><tr><th>Åtgärdskolumn</th>"
                               "<th>Ansvarig</th></tr></thead>");
        for (int row = 0; row < 3; ++row)
            html += QStringLiteral("<tr><td>Åtgärd %1</td><td>Eva</td></tr>").arg(row + 1);
        html += QStringLiteral("</table><h3>Efter tabellen</h3><p>Stycket efter tabellen.</p>"
                               "<h2>Sista rubriken</h2><p>Sista stycket.</p>");
        const QString path = folder.filePath(QStringLiteral("whole-%1.pdf").arg(filler));
        PdfDocument::write(path, QStringLiteral("Test"), html);
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        REQUIRE(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        INFO("filler " << filler);
        for (const char *part : {"Anteckning rad 1.", "Texten under rubriken.", "Åtgärd 3",
                 "Efter tabellen", "Stycket efter tabellen.", "Sista rubriken", "Sista stycket."})
            CHECK(text.contains(QString::fromUtf8(part)));
        CHECK(text.contains(QStringLiteral("Anteckning rad %1.").arg(filler)));
    }
}
