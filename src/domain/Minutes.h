#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tf {

// Where the minutes of a meeting stand: written, finished by the secretary,
// approved (justerat) and locked. Locked minutes change only by addenda.
struct MinutesClosing
{
    qint64 meetingId = 0;
    int version = 0;
    QDateTime finishedUtc;
    qint64 finishedById = 0;
    QDateTime approvedUtc;
    qint64 approvedById = 0; // justerare, or the chair
    bool locked = false;

    bool isFinished() const { return finishedUtc.isValid(); }
    bool isApproved() const { return approvedUtc.isValid(); }
};

// A dated correction added after approval.
struct MinutesAddendum
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 agendaItemId = 0; // 0: about the minutes as a whole
    QString text;
    qint64 authorId = 0;
    QDateTime createdUtc;
};

// The sections of a client item, in the routine's order: each profession
// presents the client's needs from its own field, then the client's wishes.
struct MinutesSection
{
    QString key;
    QString title; // Swedish, shown and printed
};
QList<MinutesSection> clientItemSections();
QString sectionTitle(const QString &key);

// One full-text hit. The snippet marks matched words with « and ».
struct SearchHit
{
    enum class Kind { Minutes, Action, Addendum, AgendaItem };
    Kind kind = Kind::Minutes;
    qint64 rowId = 0;
    qint64 meetingId = 0;
    qint64 agendaItemId = 0; // the item the hit is under, 0 for the minutes as a whole
    qint64 unitId = 0;
    qint64 clientId = 0; // the client the hit is about, 0 for none
    QDateTime meetingStartUtc;
    QString snippet;
};
QString searchHitKindKey(SearchHit::Kind kind);

// One page of a search: the hits from `offset` on and how many there are in all.
struct SearchPage
{
    QList<SearchHit> hits;
    int offset = 0;
    int total = 0;
};
constexpr int kSearchPageSize = 50;
// Hits are counted up to this many; a count above it means "more than".
// Counting every match of a common word would cost more than its first page.
constexpr int kSearchCountLimit = 1000;
// The snippet as HTML with the matched words in bold, everything else escaped.
QString highlightedHtml(const QString &snippet);
// The words of a search as the user typed them, with every character that
// means something to a search engine left out.
QStringList searchTerms(const QString &query);

} // namespace tf
