#pragma once

#include "domain/quality/ActionPlan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tf {

class Workspace;

// A unit's handlingsplaner (services/quality/ActionPlans): the list, open
// ones first; the chosen plan's area, nuläge, mål, forum and status; its
// actions with who and by when; and the sign-off that closes it. A
// signed-off plan is shown read-only.
class ActionPlansDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActionPlansDialog(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Saves the form as a new plan (none chosen) or the chosen plan; false
    // when refused (the form stays as typed).
    bool savePlan();
    // Adds the action form to the chosen plan; false when refused.
    bool addStep();
    // Saves the action form over the chosen action; false when refused.
    bool saveStep();
    bool signOff();
    // Empties the form for a new plan.
    void newPlan();

    QTableWidget *plans() const { return m_plans; }
    QTableWidget *steps() const { return m_steps; }

private:
    void showChosen();
    void showChosenStep();
    bool stepFromForm(PlanStep *step);
    qint64 chosenPlanId() const;

    Workspace &m_workspace;
    QList<ActionPlan> m_shown;
    QComboBox *m_unit;
    QTableWidget *m_plans;
    QLineEdit *m_area;
    QPlainTextEdit *m_currentState;
    QPlainTextEdit *m_goal;
    QComboBox *m_forum;
    QComboBox *m_status;
    QPushButton *m_savePlan;
    QTableWidget *m_steps;
    QLineEdit *m_what;
    QLineEdit *m_who;
    QLineEdit *m_due;
    QComboBox *m_stepStatus;
    QPushButton *m_addStep;
    QPushButton *m_saveStep;
    QDateEdit *m_signOffOn;
    QPushButton *m_signOff;
    QLabel *m_result;
};

} // namespace tf
