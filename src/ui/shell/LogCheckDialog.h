#pragma once

#include "domain/LogCheck.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tf {

class Workspace;

// The loggkontroll for the enhetschef: the units whose last month has no
// saved check at the top; a unit and month drawn as `teamforum-cli
// access-log check` draws them (the reads without a care relation and a
// stickprov), a judgement and a note for each read, and Save, through
// services/LogChecks.
class LogCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LogCheckDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Draws the chosen unit's month; false when it was refused.
    bool prepare();
    // Saves the judged check; false when it was refused.
    bool save();

private:
    void showOverdue();
    void showRows();

    Workspace &m_workspace;
    LogCheck m_check;
    QLabel *m_overdue;
    QComboBox *m_unit;
    QLineEdit *m_month;
    QSpinBox *m_sample;
    QTableWidget *m_table;
    QLabel *m_result;
    QPushButton *m_save;
};

} // namespace tf
