// PatternFly's components import their CSS; the Hawtio console already loads the same PatternFly 5 styles,
// so the plugin drops those imports instead of injecting a second copy.
module.exports = function noCss() {
  return 'export {}'
}
