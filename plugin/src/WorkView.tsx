import React from 'react'
import { PageSection, Tab, Tabs, TabTitleText, Title } from '@patternfly/react-core'
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom'
import { PLUGIN_PATH } from './api/paths'
import { MeProvider } from './shared/me'
import { QueueView } from './queue/QueueView'
import { DetailView } from './detail/DetailView'
import { OutboxView } from './outbox/OutboxView'
import { ChecksView } from './checks/ChecksView'
import { FilesView } from './files/FilesView'

const TABS = [
  { key: '', title: 'Work queue' },
  { key: 'outbox', title: 'Outbox' },
  { key: 'checks', title: 'Checks' },
  { key: 'files', title: 'Quarantined files' },
]

/** The plugin's page: tabs for its views, and the issue page at /integration-issues/<id>. */
export const WorkView: React.FunctionComponent = () => {
  const location = useLocation()
  const navigate = useNavigate()
  const rest = location.pathname.slice(location.pathname.indexOf(PLUGIN_PATH) + PLUGIN_PATH.length).replace(/^\//, '')
  const first = rest.split('/')[0]
  const active = TABS.some((t) => t.key === first) ? first : ''
  return (
    <MeProvider>
      <PageSection variant='light' padding={{ default: 'noPadding' }}>
        <Title headingLevel='h1' className='pf-v5-u-px-lg pf-v5-u-pt-md'>
          Integration issues
        </Title>
        <Tabs activeKey={active} onSelect={(_, k) => navigate(`${PLUGIN_PATH}/${k}`)} aria-label='Integration issues views'>
          {TABS.map((t) => (
            <Tab key={t.key} eventKey={t.key} title={<TabTitleText>{t.title}</TabTitleText>} id={`ii-tab-${t.key || 'queue'}`} />
          ))}
        </Tabs>
      </PageSection>
      <PageSection>
        <Routes>
          <Route path='outbox' element={<OutboxView />} />
          <Route path='checks' element={<ChecksView />} />
          <Route path='files' element={<FilesView />} />
          <Route path=':id' element={<DetailView />} />
          <Route path='*' element={<QueueView />} />
        </Routes>
      </PageSection>
    </MeProvider>
  )
}
