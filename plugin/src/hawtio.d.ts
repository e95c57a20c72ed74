// The part of @hawtio/react's plugin API this plugin uses. The console provides the module at run time
// (a Module Federation shared singleton), so no copy is installed or bundled; see webpack.config.cjs.
declare module '@hawtio/react' {
  import type { ComponentType } from 'react'

  export interface Plugin {
    id: string
    title?: string
    path?: string
    order?: number
    component?: ComponentType
    isActive: () => Promise<boolean>
  }

  /** What a plugin module exports: the function that registers it. */
  export type HawtioPlugin = () => void

  export const hawtio: {
    addPlugin(plugin: Plugin): unknown
  }
}
