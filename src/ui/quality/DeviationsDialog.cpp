#include "ui/quality/DeviationsDialog.h"

#include "domain/io/CsvReader.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/quality/DeviationImport.h"
#include "services/register/ImportMappings.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadOnlyCell.h"
#include "ui/common/WholePlaceholder.h"
#include "ui/quality/DeviationSummaryChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
QDateEdit *dateEdit(const QDate &date, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(name);
    return edit;
}

template <typename T>
QComboBox *choices(const QList<T> &all, QString (*label)(T), QString (*key)(T), const QString &name,
    QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (T value : all)
        combo->addItem(label(value), key(value));
    combo->setAccessibleName(name);
    return combo;
}

} // namespace

DeviationsDialog::DeviationsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_byCategory(new DeviationSummaryChart(DeviationSummaryChart::By::Category, this))
    , m_byUnit(new DeviationSummaryChart(DeviationSummaryChart::By::Unit, this))
    , m_list(new QTableWidget(0, 5, this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Deviations"));
    resize(980, 640);
    const QDate today = QDate::currentDate();
    m_from = dateEdit(QDate(today.year(), today.month(), 1).addMonths(-2), tr("From"), this);
    m_to = dateEdit(today, tr("To"), this);
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->addItem(tr("Every unit"), 0);
    runGuarded(this, tr("Deviations"), [&] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    if (m_unit->count() > 1)
        m_unit->setCurrentIndex(1);

    auto *choose = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *showButton = new QPushButton(tr("&Show"), this);
    showButton->setAccessibleName(tr("Show the period"));
    connect(showButton, &QPushButton::clicked, this, &DeviationsDialog::refresh);
    choose->addWidget(unitLabel);
    choose->addWidget(m_unit, 1);
    choose->addWidget(fromLabel);
    choose->addWidget(m_from);
    choose->addWidget(toLabel);
    choose->addWidget(m_to);
    choose->addWidget(showButton);

    m_total->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Deviations"));
    tabs->addTab(m_byCategory, tr("Per category"));
    tabs->addTab(m_byUnit, tr("Per unit"));

    auto *listPage = new QWidget(this);
    m_list->setHorizontalHeaderLabels(
        {tr("Date"), tr("Category"), tr("Severity"), tr("Status"), tr("Description")});
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("The period's deviations"));
    m_day = dateEdit(today, tr("Day of the deviation"), listPage);
    m_category = choices(deviationCategories(), deviationCategoryLabel, deviationCategoryKey,
        tr("Category"), listPage);
    m_severity = choices(deviationSeverities(), deviationSeverityLabel, deviationSeverityKey,
        tr("Severity"), listPage);
    m_status = choices(
        deviationStatuses(), deviationStatusLabel, deviationStatusKey, tr("Status"), listPage);
    m_description = new QLineEdit(listPage);
    m_description->setMaxLength(kDeviationDescriptionMax);
    m_description->setAccessibleName(tr("Description"));
    setWholePlaceholder(m_description, tr("Short, without the client's name or personnummer"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("Descri&ption:"), m_description);
    auto *add = new QPushButton(tr("&Register"), listPage);
    add->setAccessibleName(tr("Register the deviation"));
    connect(add, &QPushButton::clicked, this, &DeviationsDialog::registerDeviation);
    auto *importButton = new QPushButton(tr("&Import CSV…"), listPage);
    importButton->setAccessibleName(tr("Import deviations from CSV"));
    connect(importButton, &QPushButton::clicked, this, &DeviationsDialog::importCsv);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(add);
    buttonRow->addWidget(importButton);
    buttonRow->addStretch();
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(form);
    listLayout->addLayout(buttonRow);
    tabs->addTab(listPage, tr("Deviations"));

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_total);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    refresh();
}

qint64 DeviationsDialog::unitId() const
{
    return m_unit->currentData().toLongLong();
}

void DeviationsDialog::refresh()
{
    runGuarded(this, tr("Deviations"), [&] {
        const DeviationSummary summary
            = summarizeDeviations(m_workspace, unitId(), m_from->date(), m_to->date());
        m_total->setText(
            tr("%1 deviations from %2 to %3; %4 in the previous period of the same "
               "length (%5 to %6).")
                .arg(summary.total.current)
                .arg(summary.from.toString(Qt::ISODate), summary.to.toString(Qt::ISODate))
                .arg(summary.total.previous)
                .arg(summary.previousFrom.toString(Qt::ISODate),
                    summary.previousTo.toString(Qt::ISODate)));
        m_byCategory->showSummary(summary);
        m_byUnit->showSummary(summary);
        const QList<Deviation> deviations
            = deviationsBetween(m_workspace, unitId(), m_from->date(), m_to->date());
        m_list->setRowCount(int(deviations.size()));
        for (int row = 0; row < deviations.size(); ++row) {
            const Deviation &d = deviations.at(row);
            m_list->setItem(row, 0, readOnlyCell(d.occurredOn.toString(Qt::ISODate)));
            m_list->setItem(row, 1, readOnlyCell(deviationCategoryLabel(d.category)));
            m_list->setItem(row, 2, readOnlyCell(deviationSeverityLabel(d.severity)));
            m_list->setItem(row, 3, readOnlyCell(deviationStatusLabel(d.status)));
            m_list->setItem(row, 4, readOnlyCell(d.description));
        }
    });
}

bool DeviationsDialog::registerDeviation()
{
    if (unitId() == 0) {
        MessageBox::error(this, tr("Register deviation"),
            tr("Choose the unit the deviation "
               "belongs to."));
        return false;
    }
    Deviation d;
    d.unitId = unitId();
    d.occurredOn = m_day->date();
    deviationCategoryFromText(m_category->currentData().toString(), &d.category);
    deviationSeverityFromText(m_severity->currentData().toString(), &d.severity);
    deviationStatusFromText(m_status->currentData().toString(), &d.status);
    d.description = m_description->text();
    const bool saved
        = runGuarded(this, tr("Register deviation"), [&] { saveDeviation(m_workspace, d); });
    if (!saved)
        return false;
    m_description->clear();
    m_result->setText(
        tr("The deviation of %1 is registered.").arg(d.occurredOn.toString(Qt::ISODate)));
    refresh();
    return true;
}

bool DeviationsDialog::askMapping(const QStringList &header, QHash<QString, QString> *mapping)
{
    const QHash<int, QString> found = mapColumns(DeviationImport::fields(), header,
        ImportMappings::remembered(DeviationImport::importKey()));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Columns of the file"));
    auto *form = new QFormLayout;
    QHash<QString, QComboBox *> combos;
    for (const RegisterField &field : DeviationImport::fields()) {
        auto *combo = new QComboBox(&dialog);
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        const int at = found.key(field.key, -1);
        if (at >= 0)
            combo->setCurrentIndex(at + 1);
        combo->setAccessibleName(tr("Column for %1").arg(field.header));
        form->addRow(
            field.required ? tr("%1 (needed):").arg(field.header) : tr("%1:").arg(field.header),
            combo);
        combos.insert(field.header, combo);
    }
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *ok = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    ok->setAccessibleName(tr("Import"));
    QPushButton *cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Which column of the file holds which field? The choice is "
                                    "remembered for the next import."),
        &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    for (auto it = combos.cbegin(); it != combos.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            mapping->insert(column, it.key());
    }
    return true;
}

bool DeviationsDialog::importCsv()
{
    if (unitId() == 0) {
        MessageBox::error(
            this, tr("Import deviations"), tr("Choose the unit the file's deviations belong to."));
        return false;
    }
    const QString path = FileDialog::openFile(
        this, tr("Import deviations"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::error(
            this, tr("Import deviations"), tr("The file %1 cannot be read.").arg(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const CsvTable table = CsvReader::parse(bytes);
    // The columns are asked for only when a needed one is not recognised by
    // its name or the remembered mapping.
    const QHash<int, QString> found = mapColumns(DeviationImport::fields(), table.header.fields,
        ImportMappings::remembered(DeviationImport::importKey()));
    bool complete = true;
    for (const RegisterField &field : DeviationImport::fields())
        complete = complete && (!field.required || found.key(field.key, -1) >= 0);
    QHash<QString, QString> mapping;
    if (!complete && !askMapping(table.header.fields, &mapping))
        return false;
    DeviationImportReport report;
    const bool ran = runGuarded(this, tr("Import deviations"),
        [&] { report = DeviationImport(m_workspace).run(bytes, unitId(), mapping); });
    if (!ran)
        return false;
    if (!report.rejected.isEmpty()) {
        QStringList lines;
        for (const ImportRejection &rejection : report.rejected)
            lines << tr("Line %1: %2").arg(rejection.line).arg(rejection.reason);
        MessageBox::error(this, tr("Import deviations"),
            tr("Nothing was saved. Correct these lines and import the file again:\n\n%1")
                .arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    m_result->setText(
        tr("%1 deviations imported, %2 updated.").arg(report.created).arg(report.updated));
    refresh();
    return true;
}

} // namespace tf
