#include "ui/quality/YearWheelDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"
#include "ui/common/ReadOnlyCell.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

YearWheelDialog::YearWheelDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_months(new QTableWidget(12, 3, this))
    , m_topics(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("The APT's year wheel"));
    resize(860, 600);
    m_unit->setAccessibleName(tr("Unit"));
    runGuarded(this, tr("The APT's year wheel"), [&] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &YearWheelDialog::refresh);
    auto *unitRow = new QFormLayout;
    unitRow->addRow(tr("&Unit:"), m_unit);

    m_months->setHorizontalHeaderLabels({tr("Month"), tr("Topics at the APT"), tr("Whose")});
    m_months->verticalHeader()->hide();
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_months->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_months->setSelectionMode(QAbstractItemView::SingleSelection);
    m_months->setWordWrap(true);
    m_months->setAccessibleName(tr("The year wheel by month"));
    connect(m_months, &QTableWidget::itemSelectionChanged, this, &YearWheelDialog::showChosen);

    m_topics->setTabChangesFocus(true);
    m_topics->setFixedHeight(m_topics->fontMetrics().lineSpacing() * 5 + 12);
    m_topics->setAccessibleName(tr("The month's topics, one a line"));
    auto *topicsLabel = new QLabel(tr("The month's &topics, one a line:"), this);
    topicsLabel->setBuddy(m_topics);
    auto *save = new QPushButton(tr("&Save as the unit's own"), this);
    save->setAccessibleName(tr("Save the topics as the unit's own for the month"));
    connect(save, &QPushButton::clicked, this, &YearWheelDialog::saveOwn);
    auto *reset = new QPushButton(tr("Follow the &organisation's"), this);
    reset->setAccessibleName(tr("The month follows the organisation's year wheel"));
    connect(reset, &QPushButton::clicked, this, &YearWheelDialog::useOrganisation);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(save);
    editButtons->addWidget(reset);
    editButtons->addStretch();

    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("yearWheelResult"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(unitRow);
    layout->addWidget(m_months, 1);
    layout->addWidget(topicsLabel);
    layout->addWidget(m_topics);
    layout->addLayout(editButtons);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    refresh();
    m_months->selectRow(QDate::currentDate().month() - 1);
}

int YearWheelDialog::chosenMonth() const
{
    return m_months->currentRow() + 1;
}

void YearWheelDialog::refresh()
{
    const qint64 unitId = m_unit->currentData().toLongLong();
    m_year.clear();
    runGuarded(this, tr("The APT's year wheel"), [&] {
        if (unitId > 0)
            m_year = AptYearWheel(m_workspace).year(unitId);
    });
    for (int row = 0; row < 12; ++row) {
        const AptYearWheel::Month month
            = row < m_year.size() ? m_year.at(row) : AptYearWheel::Month {row + 1, {}, false};
        const QString name = swedishMonthName(row + 1);
        m_months->setItem(row, 0, readOnlyCell(name.left(1).toUpper() + name.mid(1)));
        m_months->setItem(row, 1,
            readOnlyCell(month.topics.isEmpty() ? tr("No APT topics")
                                                : month.topics.join(QStringLiteral("; "))));
        m_months->setItem(
            row, 2, readOnlyCell(month.own ? tr("The unit's own") : tr("The organisation's")));
    }
    m_months->resizeRowsToContents();
    showChosen();
}

void YearWheelDialog::showChosen()
{
    const int month = chosenMonth();
    if (month < 1 || month > m_year.size()) {
        m_topics->clear();
        return;
    }
    m_topics->setPlainText(m_year.at(month - 1).topics.join(QLatin1Char('\n')));
    m_result->setText(tr("Each APT held in %1 takes up these topics. The unit's own topics take "
                         "the place of the organisation's for the month.")
                          .arg(swedishMonthName(month)));
}

bool YearWheelDialog::saveOwn()
{
    const int month = chosenMonth();
    const qint64 unitId = m_unit->currentData().toLongLong();
    const QStringList topics = m_topics->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!runGuarded(this, tr("The APT's year wheel"),
            [&] { AptYearWheel(m_workspace).setUnitTopics(unitId, month, topics); }))
        return false;
    refresh();
    m_months->selectRow(month - 1);
    m_result->setText(
        tr("Saved; the unit's APTs in %1 take up these topics.").arg(swedishMonthName(month)));
    return true;
}

bool YearWheelDialog::useOrganisation()
{
    const int month = chosenMonth();
    const qint64 unitId = m_unit->currentData().toLongLong();
    if (!runGuarded(this, tr("The APT's year wheel"),
            [&] { AptYearWheel(m_workspace).setUnitTopics(unitId, month, {}); }))
        return false;
    refresh();
    m_months->selectRow(month - 1);
    m_result->setText(
        tr("%1 follows the organisation's year wheel again.").arg(swedishMonthName(month)));
    return true;
}

} // namespace tf
