#pragma once

#include "domain/quality/Deviation.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tf {

class Workspace;

// The avvikelser a unit brings to its kvalitetsmöte (seed 003). The rules
// hold wherever a deviation is written (the window, the import, the command
// line): a unit that exists, a day that has come, a description of at most
// kDeviationDescriptionMax characters that names no client (no personnummer,
// no client's name: domain/quality/ClientMention). A refusal is StorageError
// (Refused) with a Swedish message.

// Why the deviation cannot be saved, in Swedish; empty when it can.
// clientNames are the clients the description may not name.
QString deviationProblem(
    Workspace &workspace, const Deviation &deviation, const QStringList &clientNames);
// The names of every client the workspace's person sees (on PostgreSQL the
// rows the care relation shows).
QStringList knownClientNames(Workspace &workspace);

// Saves a new deviation (id 0) or changes one; returns its id.
qint64 saveDeviation(Workspace &workspace, const Deviation &deviation);
std::optional<Deviation> deviationById(Workspace &workspace, qint64 id);
// The unit's deviations (every unit's for 0) on those days, newest first.
QList<Deviation> deviationsBetween(
    Workspace &workspace, qint64 unitId, const QDate &from, const QDate &to);

// Deviations in the period and in the period before it.
struct DeviationTally
{
    int current = 0;
    int previous = 0;
    int trend() const { return current - previous; }
};

// The period's deviations counted per category and per unit, each beside
// the previous period of the same length (the days just before `from`).
struct DeviationSummary
{
    qint64 unitId = 0; // 0: every unit
    QDate from;
    QDate to;
    QDate previousFrom;
    QDate previousTo;
    DeviationTally total;
    // Every category, in the order of deviationCategories().
    QList<QPair<DeviationCategory, DeviationTally>> categories;
    struct UnitRow
    {
        qint64 unitId = 0;
        QString name;
        DeviationTally tally;
    };
    // Units with a deviation in either period, by name.
    QList<UnitRow> units;

    // {"unit", "from", "to", "previousFrom", "previousTo",
    //  "total": {"current", "previous", "trend"},
    //  "categories": [{"category", "label", "current", "previous", "trend"}],
    //  "units": [{"unit", "name", "current", "previous", "trend"}]}
    QJsonObject toJson() const;
};

// The one count used by the window, the command line and the kvalitetsmöte.
// Refuses an unknown unit and a period whose end is before its start.
DeviationSummary summarizeDeviations(
    Workspace &workspace, qint64 unitId, const QDate &from, const QDate &to);

// The agenda item's title for a category's deviations ("Avvikelser: Fall").
QString deviationItemTitle(DeviationCategory category);

// "Ta upp avvikelser" at a kvalitetsmöte: one agenda item per category the
// meeting's unit had deviations of in the period, with the counts and the
// previous period's in its text; a category already on the agenda is not
// added again. Actions are decided on the items as on any other. Returns the
// number of items added.
int takeUpDeviations(Workspace &workspace, qint64 meetingId, const QDate &from, const QDate &to);
// One deviation as its own agenda item; returns the item's id (the existing
// one's when it is already on the agenda).
qint64 takeUpDeviation(Workspace &workspace, qint64 meetingId, qint64 deviationId);

} // namespace tf
