#pragma once

#include "domain/Client.h"
#include "domain/care/CareRecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tf {

class Workspace;

// The SBAR form (samordningsmöte, Bilaga 2) for one client, linked to the
// agenda item it is raised under; saved, then printable to PDF.
class SbarDialog : public QDialog
{
    Q_OBJECT
public:
    SbarDialog(
        Workspace &workspace, const Client &client, qint64 agendaItemId, QWidget *parent = nullptr);
    const SbarReport &report() const { return m_report; }

    // Saves the form; false (with a message, text kept) when it failed.
    bool save();
    // Saves, asks for a file name and writes the PDF.
    void exportPdf();

public Q_SLOTS:
    void accept() override;

private:
    QPlainTextEdit *textField(const char *name, const QString &accessible);

    Workspace &m_workspace;
    Client m_client;
    SbarReport m_report;
    QLineEdit *m_receiver;
    QPlainTextEdit *m_situation;
    QPlainTextEdit *m_background;
    QPlainTextEdit *m_current;
    QPlainTextEdit *m_recommendation;
    QComboBox *m_handling;
    QPlainTextEdit *m_reply;
    QCheckBox *m_readBack;
};

} // namespace tf
