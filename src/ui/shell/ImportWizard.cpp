#include "ui/shell/ImportWizard.h"

#include "services/Workspace.h"
#include "services/register/ImportMappings.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace tf {

namespace {
// "Not used" in the mapping: remembered so the column stays unused.
const QString kUnused = QStringLiteral("-");

// A page whose Next waits for complete() and checks validate() first.
class CheckedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(860, 600);
    setPage(SourcePage, createSourcePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ReportPage, createReportPage());
    for (WizardButton which : {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        if (QAbstractButton *button = this->button(which))
            button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
    button(BackButton)->setObjectName(QStringLiteral("importBackButton"));
    button(NextButton)->setObjectName(QStringLiteral("importNextButton"));
    button(CommitButton)->setObjectName(QStringLiteral("importCommitButton"));
    button(FinishButton)->setObjectName(QStringLiteral("importFinishButton"));
    button(CancelButton)->setObjectName(QStringLiteral("importCancelButton"));
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MappingPage)
            fillMapping();
    });
}

RegisterKind ImportWizard::kind() const
{
    return static_cast<RegisterKind>(m_kind->currentData().toInt());
}

QWizardPage *ImportWizard::createSourcePage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("What is imported"));
    page->setSubTitle(tr("Choose what the file holds and the file exported from the record or "
                         "HR system."));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKindComboBox"));
    m_kind->setAccessibleName(tr("What the file holds"));
    m_kind->addItem(tr("Units"), int(RegisterKind::Units));
    m_kind->addItem(tr("Staff"), int(RegisterKind::Staff));
    m_kind->addItem(tr("Clients"), int(RegisterKind::Clients));
    m_kind->setCurrentIndex(2);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importFileLineEdit"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    browse->setAccessibleName(tr("Choose CSV file"));
    m_detected = new QLabel(page);
    m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
    m_detected->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(buddyLabel(tr("&Kind:"), m_kind, page), m_kind);
    form->addRow(buddyLabel(tr("&File:"), m_path, page), fileRow);
    form->addRow(QString(), m_detected);
    page->complete = [this] { return !m_table.header.fields.isEmpty(); };
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFile(
            this, tr("Choose CSV file"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    return page;
}

void ImportWizard::chooseFile(const QString &path)
{
    QFile file(path);
    m_path->setText(path);
    m_table = CsvTable {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_detected->setText(tr("The file cannot be read: %1").arg(file.errorString()));
    } else {
        m_bytes = file.readAll();
        m_table = CsvReader::parse(m_bytes);
        const QString separator
            = m_table.separator == QLatin1Char(';') ? tr("semicolon") : tr("comma");
        m_detected->setText(m_table.header.fields.isEmpty()
                ? tr("The file holds no rows.")
                : tr("Encoding: %1 · separator: %2 · %n rows after the header line", nullptr,
                    int(m_table.records.size()))
                      .arg(m_table.encoding, separator));
    }
    static_cast<CheckedPage *>(page(SourcePage))->changed();
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which column of the file holds which field. Columns with the names "
                         "Teamforum exports are recognised; what you choose here is remembered "
                         "for the next file of the same kind."));
    m_mapping = new QTableWidget(0, 3, page);
    m_mapping->setObjectName(QStringLiteral("importMappingTable"));
    m_mapping->setAccessibleName(tr("Columns of the file and their fields"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Field")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(buddyLabel(tr("&Columns:"), m_mapping, page));
    layout->addWidget(m_mapping);
    page->validate = [this] { return makePreview(); };
    return page;
}

void ImportWizard::fillMapping()
{
    const RegisterKind shownKind = kind();
    const QStringList header = m_table.header.fields;
    const QHash<int, QString> columns
        = mapColumns(shownKind, header, ImportMappings::remembered(shownKind));
    m_mapping->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        m_mapping->setItem(row, 0, new QTableWidgetItem(header.at(row)));
        const QString example
            = m_table.records.isEmpty() ? QString() : m_table.records.first().fields.value(row);
        m_mapping->setItem(row, 1, new QTableWidgetItem(example));
        auto *field = new QComboBox(m_mapping);
        field->setObjectName(QStringLiteral("importFieldComboBox%1").arg(row));
        field->setAccessibleName(tr("Field for the column %1").arg(header.at(row)));
        field->addItem(tr("(not used)"), kUnused);
        for (const RegisterField &known : registerFields(shownKind))
            field->addItem(known.header, known.key);
        field->setCurrentIndex(qMax(0, field->findData(columns.value(row, kUnused))));
        m_mapping->setCellWidget(row, 2, field);
    }
}

QHash<QString, QString> ImportWizard::chosenMapping() const
{
    QHash<QString, QString> mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *field = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        const QString key = field ? field->currentData().toString() : kUnused;
        QString value = kUnused;
        for (const RegisterField &known : registerFields(kind())) {
            if (known.key == key)
                value = known.header;
        }
        mapping.insert(m_mapping->item(row, 0)->text(), value);
    }
    return mapping;
}

bool ImportWizard::makePreview()
{
    const QHash<QString, QString> mapping = chosenMapping();
    const bool made = runGuarded(this, tr("Import from CSV"),
        [&] { m_preview = RegisterImport(m_workspace).preview(m_bytes, kind(), mapping); });
    if (made) {
        ImportMappings::remember(kind(), mapping);
        fillPreview();
    }
    return made;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("Every row as the import would take it. Nothing is saved before you "
                         "choose Import."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_rows = new QTableWidget(page);
    m_rows->setObjectName(QStringLiteral("importPreviewTable"));
    m_rows->setAccessibleName(tr("Rows of the file"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_goodRowsOnly = new QCheckBox(tr("Import the &good rows only; the rejected rows are left "
                                      "out"),
        page);
    m_goodRowsOnly->setObjectName(QStringLiteral("importGoodRowsOnlyCheckBox"));
    m_goodRowsOnly->setAccessibleName(tr("Import the good rows only"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(buddyLabel(tr("&Rows:"), m_rows, page));
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_goodRowsOnly);
    page->complete
        = [this] { return m_preview.rejectedCount() == 0 || m_goodRowsOnly->isChecked(); };
    connect(m_goodRowsOnly, &QCheckBox::toggled, page, [page] { page->changed(); });
    page->validate = [this] { return runImport(); };
    return page;
}

void ImportWizard::fillPreview()
{
    QStringList labels {tr("Line"), tr("Outcome"), tr("Reason")};
    QList<int> shownColumns;
    for (const RegisterField &field : registerFields(kind())) {
        const int column = m_preview.columns.key(field.key, -1);
        if (column >= 0) {
            labels << field.header;
            shownColumns << column;
        }
    }
    m_rows->clear();
    m_rows->setColumnCount(int(labels.size()));
    m_rows->setHorizontalHeaderLabels(labels);
    m_rows->setRowCount(int(m_preview.rows.size()));
    int counts[4] = {0, 0, 0, 0};
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const ImportRow &line = m_preview.rows.at(row);
        ++counts[int(line.outcome)];
        const QString outcome = line.outcome == ImportOutcome::Create ? tr("New")
            : line.outcome == ImportOutcome::Update                   ? tr("Changed")
            : line.outcome == ImportOutcome::Unchanged                ? tr("Unchanged")
                                                                      : tr("Rejected");
        m_rows->setItem(row, 0, new QTableWidgetItem(QString::number(line.line)));
        m_rows->setItem(row, 1, new QTableWidgetItem(outcome));
        m_rows->setItem(row, 2, new QTableWidgetItem(line.reason));
        for (int i = 0; i < shownColumns.size(); ++i)
            m_rows->setItem(
                row, 3 + i, new QTableWidgetItem(line.fields.value(shownColumns.at(i))));
    }
    m_rows->resizeColumnsToContents();
    const int rejected = counts[int(ImportOutcome::Rejected)];
    m_summary->setText(tr("%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.")
                           .arg(m_preview.rows.size())
                           .arg(counts[int(ImportOutcome::Create)])
                           .arg(counts[int(ImportOutcome::Update)])
                           .arg(counts[int(ImportOutcome::Unchanged)])
                           .arg(rejected)
        + (rejected ? QLatin1Char(' ')
                    + tr("With rejected rows nothing is saved unless you choose to import the "
                         "good rows only.")
                    : QString()));
    m_goodRowsOnly->setEnabled(rejected > 0);
    m_goodRowsOnly->setChecked(false);
    static_cast<CheckedPage *>(page(PreviewPage))->changed();
}

bool ImportWizard::runImport()
{
    ImportOptions options;
    options.kind = kind();
    options.mapping = chosenMapping();
    options.goodRowsOnly = m_goodRowsOnly->isChecked();
    const bool done = runGuarded(this, tr("Import from CSV"),
        [&] { m_report = RegisterImport(m_workspace).run(m_bytes, options); });
    if (done)
        fillReport();
    return done;
}

QWizardPage *ImportWizard::createReportPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Report"));
    page->setFinalPage(true);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("importResultLabel"));
    m_result->setWordWrap(true);
    m_rejected = new QPlainTextEdit(page);
    m_rejected->setObjectName(QStringLiteral("importRejectedText"));
    m_rejected->setAccessibleName(tr("Rejected rows"));
    m_rejected->setReadOnly(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addWidget(buddyLabel(tr("Re&jected rows:"), m_rejected, page));
    layout->addWidget(m_rejected, 1);
    return page;
}

void ImportWizard::fillReport()
{
    m_result->setText(tr("Read %1 rows: %2 created, %3 updated, %4 unchanged, %5 rejected.")
                          .arg(m_report.read)
                          .arg(m_report.created)
                          .arg(m_report.updated)
                          .arg(m_report.unchanged)
                          .arg(m_report.rejected.size())
        + QLatin1Char(' ')
        + (m_report.written ? tr("The changes are saved.") : tr("Nothing was saved.")));
    QStringList lines;
    for (const ImportRejection &rejection : m_report.rejected)
        lines << tr("Line %1: %2").arg(rejection.line).arg(rejection.reason);
    m_rejected->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace tf
