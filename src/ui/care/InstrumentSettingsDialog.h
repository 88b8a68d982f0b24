#pragma once

#include "domain/ServiceType.h"
#include "services/care/RiskRoutine.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QTableWidget;

namespace tf {

class Workspace;

// The organisation's choice of risk instruments per verksamhet, and how often
// each is repeated: the routine the nurse view computes due assessments from.
class InstrumentSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InstrumentSettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    ServiceType currentType() const;
    void showType(ServiceType type);
    QList<InstrumentUse> shownSettings() const;

    RiskRoutine m_routine;
    QComboBox *m_type;
    QTableWidget *m_table;
    ServiceType m_shown = ServiceType::Sabo;
    // Edited but not yet saved, per verksamhet: kept while switching.
    QHash<int, QList<InstrumentUse>> m_edited;
};

} // namespace tf
