package org.practiceassistant.teamsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The icons Teams requires: a 192x192 full-colour icon and a 32x32 white outline on transparency. */
class TeamsAppIconsTest {

    static final Path FOLDER = Path.of("target/teams-app");

    @Test
    void colourIconIs192SquareAndFullyOpaque() throws IOException {
        BufferedImage color = read("color.png");
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(countPixels(color, argb -> alpha(argb) < 255)).as("transparent pixels").isZero();
        assertThat(countPixels(color, argb -> rgb(argb) != rgb(color.getRGB(0, 0)))).as("a symbol on the background")
                .isGreaterThan(1_000);
    }

    @Test
    void outlineIconIs32SquareWhiteOnTransparent() throws IOException {
        BufferedImage outline = read("outline.png");
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(outline.getRGB(0, 0))).as("corner is transparent").isZero();
        assertThat(countPixels(outline, argb -> alpha(argb) == 0)).as("transparent background").isGreaterThan(32 * 32 / 2);
        assertThat(countPixels(outline, argb -> alpha(argb) == 255)).as("solid strokes").isGreaterThan(50);
        assertThat(countPixels(outline, argb -> alpha(argb) > 0 && rgb(argb) != 0xFFFFFF)).as("pixels that are not white")
                .isZero();
    }

    private static BufferedImage read(String name) throws IOException {
        BufferedImage image = ImageIO.read(FOLDER.resolve(name).toFile());
        assertThat(image).as("%s is a PNG the build copied to %s", name, FOLDER).isNotNull();
        return image;
    }

    private static int countPixels(BufferedImage image, java.util.function.IntPredicate test) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static int rgb(int argb) {
        return argb & 0xFFFFFF;
    }
}
