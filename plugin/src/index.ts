import { hawtio, HawtioPlugin } from '@hawtio/react'
import { WorkView } from './WorkView'
import { PLUGIN_PATH } from './api/paths'

/** The plugin entry (PluginEntry "plugin" of the hawtio:type=plugin MBean): adds "Integration issues" to the nav. */
export const plugin: HawtioPlugin = () => {
  hawtio.addPlugin({
    id: 'integration-issues',
    title: 'Integration issues',
    path: PLUGIN_PATH,
    order: 1,
    component: WorkView,
    isActive: async () => true,
  })
}
