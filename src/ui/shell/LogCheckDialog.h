#pragma once

#include "domain/LogCheck.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace tf {

class Workspace;

// The loggkontroll for the enhetschef: the units whose last month has no
// saved check at the top (and those with nothing to check, and why); a unit
// and month drawn as `teamforum-cli access-log check` draws them (the reads
// without a care relation and a stickprov, with the client's name on screen
// so the reviewer recognises them; the saved protocol holds no names), a
// judgement and a note for each read, and Save. A second tab lists a year's
// saved checks and sums the year up as `access-log checks --year` does. All
// through services/LogChecks.
class LogCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LogCheckDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Draws the chosen unit's month; false when it was refused.
    bool prepare();
    // Saves the judged check; false when it was refused.
    bool save();
    // Shows the saved checks of the year and its summary.
    void showYear(int year);

private:
    QWidget *buildCheckPage();
    QWidget *buildEarlierPage();
    void showOverdue();
    void showRows();

    Workspace &m_workspace;
    LogCheck m_check;
    QLabel *m_overdue;
    QTabWidget *m_tabs;
    QComboBox *m_unit;
    QLineEdit *m_month;
    QSpinBox *m_sample;
    QTableWidget *m_table;
    QLabel *m_result;
    QPushButton *m_save;
    QSpinBox *m_year;
    QTableWidget *m_earlier;
    QTableWidget *m_summary;
};

} // namespace tf
