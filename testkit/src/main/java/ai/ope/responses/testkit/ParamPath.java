package ai.ope.responses.testkit;

/**
 * Where a value sits in a request body, written as the API names parameters in its errors:
 * {@code input[0].content[1].type}, {@code metadata.key}. Built as the checks descend and
 * written out only for an error.
 *
 * @param parent the enclosing value's path, or null for a member of the body
 * @param member the member name, or null for an array element
 * @param index the element's index, when {@code member} is null
 */
record ParamPath(ParamPath parent, String member, int index) {

  /** The path of a member of the body. */
  static ParamPath root(String member) {
    return new ParamPath(null, member, -1);
  }

  ParamPath member(String name) {
    return new ParamPath(this, name, -1);
  }

  ParamPath element(int position) {
    return new ParamPath(this, null, position);
  }

  /** How many steps from the body: {@code a} is 1, {@code a[0].b} is 3. */
  int depth() {
    return parent == null ? 1 : parent.depth() + 1;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    write(text);
    return text.toString();
  }

  private void write(StringBuilder text) {
    if (parent != null) {
      parent.write(text);
    }
    if (member == null) {
      text.append('[').append(index).append(']');
    } else {
      if (parent != null) {
        text.append('.');
      }
      text.append(member);
    }
  }
}
