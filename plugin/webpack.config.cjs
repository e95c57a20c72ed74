// Builds the plugin as a Module Federation remote that the Hawtio console (io.hawt:hawtio-war, see ../pom.xml)
// loads from /integration-issues-plugin/remoteEntry.js. The console shares react, react-dom, react-router-dom and
// @hawtio/react as singletons; the plugin uses those instances (its own copies would break hooks and routing).
const path = require('path')
const { ModuleFederationPlugin } = require('webpack').container
const { dependencies } = require('./package.json')

// Output: the Maven build's class path, so the monitor's jar carries the plugin (see WorkViewPlugin.RESOURCES).
const outputPath = process.env.PLUGIN_OUT || path.resolve(__dirname, '../target/classes/hawtio-plugin')

module.exports = (_, args) => ({
  entry: {},
  mode: args.mode || 'production',
  devtool: false,
  plugins: [
    new ModuleFederationPlugin({
      // 'name' is the Scope, the 'exposes' key the Module of the hawtio:type=plugin MBean (WorkViewPlugin.java)
      name: 'integrationIssues',
      filename: 'remoteEntry.js',
      exposes: { './plugin': './src/index' },
      shared: {
        react: { singleton: true, requiredVersion: '^18.3.1' },
        'react-dom': { singleton: true, requiredVersion: '^18.3.1' },
        'react-router-dom': { singleton: true, requiredVersion: '^6.26.2' },
        // Hawtio 4.2.0's console bundles @hawtio/react 1.5.0, which is not on the registry: the plugin takes the
        // console's instance and brings no copy of its own (import: false); src/hawtio.d.ts types what it uses.
        '@hawtio/react': { singleton: true, import: false, requiredVersion: '^1.5.0' },
      },
    }),
  ],
  output: {
    clean: true,
    path: outputPath,
    publicPath: 'auto',
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].chunk.js',
  },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      { test: /\.css$/, use: path.resolve(__dirname, 'scripts/no-css-loader.cjs') },
    ],
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  performance: { hints: false },
})
