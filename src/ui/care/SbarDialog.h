#pragma once

#include "domain/Client.h"
#include "domain/care/CareRecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tf {

class Workspace;

// The SBAR form (samordningsmöte, Bilaga 2) for one client with every field
// of the form. A new report is linked to the agenda item it is raised under;
// a saved one is reopened to complete it after the call (reply, ordination,
// återrapportering, read-back), what was sent then shown read-only. Saved,
// it prints to PDF, again whenever needed.
class SbarDialog : public QDialog
{
    Q_OBJECT
public:
    SbarDialog(
        Workspace &workspace, const Client &client, qint64 agendaItemId, QWidget *parent = nullptr);
    SbarDialog(Workspace &workspace, const Client &client, const SbarReport &saved,
        QWidget *parent = nullptr);
    const SbarReport &report() const { return m_report; }

    // The form differs from the report as saved (or from the empty form).
    bool hasUnsavedChanges() const;
    // Saves the form; false (with a message, text kept) when it failed.
    bool save();
    // Saves, asks for a file name and writes the PDF.
    void exportPdf();
    // Asks for a file name and writes a saved report's PDF.
    static void writePdf(
        QWidget *parent, Workspace &workspace, const Client &client, const SbarReport &report);

public Q_SLOTS:
    void accept() override;
    // Asks before unsaved text is thrown away (Escape, Close, closing).
    void reject() override;

private:
    void build();
    QPlainTextEdit *textField(const char *name, const QString &accessible, int height = 80);
    QLineEdit *lineField(const char *name, const QString &accessible);
    QComboBox *answerField(const char *name, const QString &accessible);
    QSpinBox *vitalField(const char *name, const QString &accessible, const QString &unit);
    void addRow(QFormLayout *layout, const QString &label, QWidget *field);
    // The report as the form shows it.
    SbarReport formReport() const;
    // Shows a report in the form; what was sent is read-only once saved.
    void showReport(const SbarReport &report);

    Workspace &m_workspace;
    Client m_client;
    SbarReport m_report;
    QLabel *m_consent = nullptr;
    QLabel *m_sender = nullptr;
    QLineEdit *m_receiver = nullptr;
    QLineEdit *m_relativeContact = nullptr;
    QLineEdit *m_healthCentre = nullptr;
    QLineEdit *m_doctor = nullptr;
    QComboBox *m_medicationList = nullptr;
    QComboBox *m_sampleReferral = nullptr;
    QPlainTextEdit *m_situation = nullptr;
    QPlainTextEdit *m_background = nullptr;
    QPlainTextEdit *m_current = nullptr;
    QSpinBox *m_respiratoryRate = nullptr;
    QSpinBox *m_systolic = nullptr;
    QSpinBox *m_diastolic = nullptr;
    QSpinBox *m_pulse = nullptr;
    QComboBox *m_alertness = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_saturation = nullptr;
    QPlainTextEdit *m_recommendation = nullptr;
    QLineEdit *m_frequency = nullptr;
    QComboBox *m_handling = nullptr;
    QPlainTextEdit *m_doctorOrder = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QDateEdit *m_feedbackDate = nullptr;
    QLineEdit *m_feedbackBy = nullptr;
    QCheckBox *m_readBack = nullptr;
};

} // namespace tf
