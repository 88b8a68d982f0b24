#pragma once

#include "domain/Client.h"
#include "domain/care/RiskAssessment.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tf {

class Workspace;

// One risk assessment with one instrument, built from the instrument's item
// table. The result is computed as answers are given and never typed in; an
// item that cannot be assessed takes a reason instead of an answer.
class RiskAssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    RiskAssessmentDialog(Workspace &workspace, const Client &client,
        const RiskInstrument &instrument, QWidget *parent = nullptr);

    // The answers as entered, for the result and for saving.
    RiskAssessment assessment() const;
    qint64 savedId() const { return m_savedId; }

    // Answers or a comment differ from the empty form.
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void accept() override;
    // Asks before unsaved answers are thrown away (Escape, Cancel, closing).
    void reject() override;

private:
    QWidget *createItemEditor(const RiskItem &item);
    void updateResult();

    Workspace &m_workspace;
    Client m_client;
    QString m_textsProblem; // why installed licensed texts could not be used
    // With the organisation's licensed texts where they are installed.
    RiskInstrument m_instrument;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QList<QCheckBox *>> m_checks;
    QHash<QString, QDoubleSpinBox *> m_numbers;
    QHash<QString, QLineEdit *> m_reasons;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_result = nullptr;
    qint64 m_savedId = 0;
    RiskAssessment m_empty; // the form as opened
};

} // namespace tf
