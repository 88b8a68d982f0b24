#include "ui/minutes/SearchView.h"

#include "domain/Minutes.h"
#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/MinutesSearch.h"
#include "services/Workspace.h"
#include "storage/SearchRepository.h"
#include "storage/UnitRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tf {

SearchView::SearchView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_query(new QLineEdit(this))
    , m_results(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("searchView"));
    m_query->setObjectName(QStringLiteral("searchLineEdit"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setPlaceholderText(tr("Words in minutes, actions and addenda – Enter searches"));
    m_results->setObjectName(QStringLiteral("searchResultsBrowser"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setOpenLinks(false);
    auto *label = new QLabel(tr("S&earch"), this);
    label->setBuddy(m_query);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_query, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_results, &QTextBrowser::anchorClicked, this,
        [this](const QUrl &url) { Q_EMIT openMeeting(url.path().toLongLong()); });
}

void SearchView::search(const QString &text)
{
    m_query->setText(text);
    QList<SearchHit> hits;
    try {
        hits = searchMinutes(m_workspace, text, {}, AccessPurpose::Search);
    } catch (const StorageError &error) {
        m_results->setPlainText(error.userMessage());
        return;
    }
    m_hits = static_cast<int>(hits.size());
    QHash<qint64, QString> units;
    const auto all = m_workspace.units().all();
    for (const Unit &unit : all)
        units.insert(unit.id, unit.name);
    QString html = QStringLiteral("<p>%1</p>").arg(tr("%n hits", nullptr, m_hits).toHtmlEscaped());
    for (const SearchHit &hit : hits) {
        const QString kind = hit.kind == SearchHit::Kind::Action ? tr("Action")
            : hit.kind == SearchHit::Kind::Addendum              ? tr("Addendum")
                                                                 : tr("Minutes");
        html += QStringLiteral("<p><a href=\"meeting:%1\">%2 · %3 · %4</a><br>%5</p>")
                    .arg(hit.meetingId)
                    .arg(stockholmDate(hit.meetingStartUtc).toString(Qt::ISODate),
                        units.value(hit.unitId).toHtmlEscaped(), kind.toHtmlEscaped(),
                        highlightedHtml(hit.snippet));
    }
    m_results->setHtml(html);
}

} // namespace tf
