#pragma once

#include "domain/ServiceType.h"

#include <QDate>
#include <QString>

#include <functional>

namespace tf {

class Workspace;

// Writes a realistic, deterministic database: units over every verksamhet,
// staff and clients with valid personnummer, meetings that follow the forum
// templates, agendas, minutes and actions. The same seed gives the same data.
struct GeneratorOptions
{
    enum class Scale {
        Small, // one unit per verksamhet, one year: seconds
        Municipality, // 60 units, ten years: the figures in targets.md
        Region, // ten municipalities: 600 units, ten years (about an hour)
    };
    Scale scale = Scale::Small;
    quint64 seed = 1;
    // Fixed rather than today, so that a seed always gives the same file.
    QDate lastDay = QDate(2026, 10, 31);
    // Called with a Swedish phase text and a percentage.
    std::function<void(const QString &phase, int percent)> progress;
};

struct GeneratorResult
{
    qint64 units = 0;
    qint64 people = 0;
    qint64 clients = 0;
    qint64 meetings = 0;
    qint64 participants = 0;
    qint64 agendaItems = 0;
    qint64 minuteEntries = 0;
    qint64 actions = 0;
    qint64 riskAssessments = 0;
    qint64 accessLogRows = 0;
    qint64 deviations = 0;
    qint64 complaints = 0;
    qint64 selfInspections = 0;
    qint64 actionPlans = 0;
};

// The name of the generated unit of the verksamhet with this index (ten a
// municipality; a region's later municipalities add their name).
QString generatedUnitName(ServiceType type, int index);

// Throws StorageError when the database already holds units (it only fills
// a new database) or a write fails.
GeneratorResult generateDatabase(Workspace &workspace, const GeneratorOptions &options);

} // namespace tf
