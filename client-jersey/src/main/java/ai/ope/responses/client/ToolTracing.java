package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import java.util.function.Supplier;

/**
 * Traces a tool loop: one span over the whole loop, the turns' call spans its children, and one
 * span per function run. Internal: the public listener sees the turns as ordinary calls.
 */
interface ToolTracing {

  /** Nothing traced. */
  ToolTracing NONE = request -> Run.NONE;

  /**
   * Starts the loop's span and makes it current on the calling thread until {@link Run#end}.
   *
   * @param request the loop's first request
   * @return the run, to trace its functions and end it
   */
  Run start(CreateResponseRequest request);

  /** One traced loop. */
  interface Run {

    /** Nothing traced. */
    Run NONE = new Run() {
      @Override
      public ToolCallOutcome function(FunctionCall call, Supplier<ToolCallOutcome> run) {
        return run.get();
      }

      @Override
      public void end(RuntimeException failure) {}
    };

    /**
     * Runs a function in its own span, a child of the loop's, on whatever thread runs it.
     *
     * @param call the model's call
     * @param run runs it
     * @return what it returned
     */
    ToolCallOutcome function(FunctionCall call, Supplier<ToolCallOutcome> run);

    /**
     * Ends the loop's span and restores the calling thread's context.
     *
     * @param failure what ended the loop, or null when it finished
     */
    void end(RuntimeException failure);
  }
}
