#pragma once

#include "services/register/RegisterImport.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace tf {

class Workspace;

// Brings units, staff or clients in from a CSV file, step by step: the kind
// and the file (its detected encoding and separator shown), which column
// holds which field (remembered per kind, as the command line's --map),
// a preview of every row with the rejected ones and their reasons, then
// the import (all rows, or the good rows only) and its report. The rules
// are RegisterImport's; this only shows them.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, PreviewPage, ReportPage };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the file as if chosen with Browse.
    void chooseFile(const QString &path);
    const ImportReport &report() const { return m_report; }

private:
    QWizardPage *createSourcePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createReportPage();
    RegisterKind kind() const;
    void fillMapping();
    QHash<QString, QString> chosenMapping() const;
    bool makePreview();
    void fillPreview();
    bool runImport();
    void fillReport();

    Workspace &m_workspace;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QLabel *m_detected;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QCheckBox *m_goodRowsOnly;
    QLabel *m_result;
    QPlainTextEdit *m_rejected;
    QByteArray m_bytes;
    CsvTable m_table;
    ImportPreview m_preview;
    ImportReport m_report;
};

} // namespace tf
